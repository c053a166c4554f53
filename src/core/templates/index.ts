export { headerBlock, NATIONAL_TITLE, MOTTO } from "./header";
export type { HeaderInput } from "./header";
export { pageSetup, bodyDefaults } from "./pageSetup";
export { documentNumberLine, documentSymbol, padNumber } from "./documentNumber";
export { placeAndDateLine, decree30DateText } from "./placeAndDate";
export type { PartialDate } from "./placeAndDate";
export { textWidthPt } from "./textWidth";
export * from "./typography";
