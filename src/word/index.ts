export type { WordGateway, GatewayError, GatewayResult, InsertOutcome, PageSetupPart } from "./gateway";
export { officeWordGateway } from "./officeWordGateway";
export { browserProfileStore, localProfileStore, memoryProfileStore } from "./profileStore";
export type { ProfileStore } from "./profileStore";
export { systemClock } from "./clock";
export { showMessageDialog } from "./dialog";
export { officeCheckGateway } from "./checkGateway";
export type { CheckGateway, FixOutcome } from "./checkGateway";
