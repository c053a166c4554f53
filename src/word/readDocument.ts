/**
 * The whole document as the extractor reads it: paragraphs (text, list, outline level, table cell, content control)
 * and top-level tables, in one sync.
 *
 * Word on the web with tracked changes (office-js #5335, #1267): loading list data fails with GeneralException
 * when a list paragraph holds a tracked deletion, and deleted text comes back in paragraph.text as if present. So:
 * when the list data cannot be read, the read runs again without it (same result otherwise, list labels then come
 * from the text); and on the web, where the reviewed text (WordApi 1.4) shows tracked changes, each paragraph's
 * current text (deletions left out) replaces its raw text, at the cost of a second sync in that case only.
 */
import { ExtractInput } from "../core/tasks";
import { WordParagraphData, toExtractInput } from "./documentSnapshot";
import { GatewayResult } from "./gateway";
import { attempt, codeOf, settle, supports } from "./wordRun";

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function read(context: Word.RequestContext, withLists: boolean): Promise<ExtractInput> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load({
    text: true,
    isListItem: true,
    tableNestingLevel: true,
    outlineLevel: true,
    styleBuiltIn: true,
    ...(withLists && { listItemOrNullObject: { level: true, listString: true } }),
    parentContentControlOrNullObject: { tag: true },
  });
  const tables = body.tables;
  tables.load("items/values,items/nestingLevel");
  const onTheWeb = Office.context.platform === Office.PlatformType.OfficeOnline && supports("WordApi", "1.4");
  const reviewed = onTheWeb
    ? { original: body.getReviewedText("Original"), current: body.getReviewedText("Current") }
    : null;
  await context.sync();
  // Word's reply is unpacked in the sync's own task; mapping thousands of paragraphs is ours, in a task of its own, so
  // that neither blocks the pane for long (a 300-page document: the two together passed 50 ms).
  await nextTask();

  let texts = paragraphs.items.map((p) => p.text);
  if (reviewed && reviewed.original.value !== reviewed.current.value) {
    const current = paragraphs.items.map((p) => p.getReviewedText("Current"));
    await context.sync();
    texts = current.map((result) => result.value);
  }

  const data: WordParagraphData[] = paragraphs.items.map((p, i) => {
    const list = withLists ? p.listItemOrNullObject : null;
    const control = p.parentContentControlOrNullObject;
    return {
      text: texts[i],
      isListItem: p.isListItem,
      tableNestingLevel: p.tableNestingLevel,
      outlineLevel: p.outlineLevel,
      styleBuiltIn: String(p.styleBuiltIn ?? ""),
      listLevel: list && !list.isNullObject ? list.level : undefined,
      listString: list && !list.isNullObject ? list.listString : undefined,
      contentControlTag: control && !control.isNullObject ? control.tag : undefined,
    };
  });
  // body.tables lists nested tables too; the extractor's table indices count top-level tables only.
  const topLevel = tables.items.filter((t) => t.nestingLevel <= 1).map((t) => t.values);
  return toExtractInput(data, topLevel);
}

export async function readDocument(): Promise<GatewayResult<ExtractInput>> {
  const first = await attempt((context) => read(context, true));
  if (first.ok || codeOf(first.error) !== "GeneralException") return settle(first, "reads");
  return settle(await attempt((context) => read(context, false)), "reads");
}
