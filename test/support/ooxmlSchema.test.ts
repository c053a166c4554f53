import { strToU8, zipSync } from "fflate";
import { validateDocx, validateFlatPackage, validatePart } from "./ooxmlSchema";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (pPr: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;

describe("validatePart really validates against ECMA-376", () => {
  test("accepts w:spacing before w:jc, the schema's order", async () => {
    expect(await validatePart(doc('<w:spacing w:after="0"/><w:jc w:val="center"/>'), "wml")).toEqual([]);
  });

  test("rejects w:jc before w:spacing, which Word refuses to open", async () => {
    const errors = await validatePart(doc('<w:jc w:val="center"/><w:spacing w:after="0"/>'), "wml");
    expect(errors.join("\n")).toMatch(/spacing.*not expected/);
  });

  test("rejects an unknown element and malformed XML", async () => {
    expect(await validatePart(doc("<w:bogus/>"), "wml")).not.toEqual([]);
    expect(await validatePart("<w:document", "wml")).not.toEqual([]);
  });

  test("checks content types and relationships with their own schemas", async () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
    expect(await validatePart(types, "contentTypes")).toEqual([]);
    expect(
      await validatePart(types.replace("Default", "Defaults").replace("Default ", "Defaults "), "contentTypes"),
    ).not.toEqual([]);
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="x.xml"/></Relationships>`;
    expect(await validatePart(rels, "relationships")).toEqual([]);
    expect(await validatePart(rels.replace(' Id="rId1"', ""), "relationships")).not.toEqual([]);
  });
});

describe("package helpers", () => {
  test("validateDocx reports the bad part by name", async () => {
    const bytes = zipSync({ "word/document.xml": strToU8(doc('<w:jc w:val="center"/><w:spacing w:after="0"/>')) });
    const errors = await validateDocx(bytes);
    expect(errors.some((e) => e.startsWith("word/document.xml:"))).toBe(true);
  });

  test("validateFlatPackage fails a package without document.xml", async () => {
    expect(await validateFlatPackage("<pkg:package/>")).not.toEqual([]);
  });
});
