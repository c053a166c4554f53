export { insertablePackage, insertablePackageOf, contentOnlyPackage, flatPackageParts } from "./flatPackage";
export { writeDocx, docxParts } from "./docx";
export { contentControlTag } from "./body";
