/**
 * Ribbon buttons (ExecuteFunction): the most used inserts in one click, without opening the pane.
 */
import { headerBlock } from "../core/templates";
import { localProfileStore, officeWordGateway, systemToday } from "../word";

async function insertHeader(event: Office.AddinCommands.Event): Promise<void> {
  const profile = localProfileStore().load();
  if (profile && profile.issuingAgency.trim() !== "") {
    await officeWordGateway.insertBlock(
      headerBlock({ profile, typeAbbreviation: "KL", number: null, date: systemToday() }),
    );
  }
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("insertHeader", insertHeader);
});
