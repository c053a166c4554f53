/**
 * Syncs per user action of the Office.js gateway, counted against a recording Word object model
 * (the same counting the gateway tests assert; the e2e run reports the host's own counts too).
 */
import { officeWordGateway } from "../../src/word";
import { headerBlock } from "../../src/core/templates";

type Doc = Record<string, unknown>;

function install(document: Doc): { syncs: number } {
  const counter = { syncs: 0 };
  const context = { document, sync: async () => void counter.syncs++ };
  Object.assign(globalThis, {
    Word: {
      run: (batch: (c: unknown) => Promise<unknown>) => batch(context),
      HeaderFooterType: { primary: "Primary" },
      PaperSize: { a4: "A4" },
      Alignment: { justified: "Justified" },
    },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
  return counter;
}

const collection = (items: unknown[]) => ({ items, load: () => undefined });
const header = headerBlock({
  profile: { parentAgency: "", issuingAgency: "THANH TRA TỈNH", issuerAbbreviation: "TTr", place: "Tây Ninh" },
  typeAbbreviation: "KL",
  number: null,
  date: { year: 2020, month: 11, day: 10 },
});

export async function measureSyncs(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const measure = async (action: string, document: Doc, run: () => Promise<unknown>) => {
    const counter = install(document);
    await run();
    counts[action] = counter.syncs;
  };
  const selection = { insertOoxml: () => undefined };
  await measure("insert block", { getSelection: () => selection }, () => officeWordGateway.insertBlock(header));
  await measure("replace block", { contentControls: { getByTag: () => ({ getFirst: () => selection }) } }, () =>
    officeWordGateway.replaceBlock(header),
  );
  await measure("scan (read document)", { body: { paragraphs: collection([]), tables: collection([]) } }, () =>
    officeWordGateway.readDocument(),
  );
  await measure("select task", { body: { search: () => ({ getFirst: () => ({ select: () => undefined }) }) } }, () =>
    officeWordGateway.selectText("Các phòng rà soát"),
  );
  const parts = { add: () => undefined, getByNamespace: () => ({ items: [], load: () => undefined }) };
  await measure("save checklist", { customXmlParts: parts }, () => officeWordGateway.saveChecklist("<checklist/>"));
  const headerPart = {
    load: () => undefined,
    text: "",
    insertOoxml: () => undefined,
    contentControls: { getByTag: () => collection([]) },
  };
  const section = { getHeader: () => headerPart, pageSetup: {} };
  const styles = { getByNameOrNullObject: () => ({ font: {}, paragraphFormat: {} }) };
  await measure("page setup", { sections: { getFirst: () => section }, getStyles: () => styles }, () =>
    officeWordGateway.applyPageSetup(
      {
        widthTwips: 11906,
        heightTwips: 16838,
        marginTopTwips: 1134,
        marginBottomTwips: 1134,
        marginLeftTwips: 1701,
        marginRightTwips: 1134,
        headerTwips: 567,
        pageNumbers: true,
      },
      {
        fontName: "Times New Roman",
        sizePt: 14,
        align: "justify",
        firstLineIndentTwips: 720,
        spacingBeforePt: 6,
        spacingAfterPt: 0,
        lineMultiple: 1,
      },
    ),
  );
  return counts;
}
