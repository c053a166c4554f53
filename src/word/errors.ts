/**
 * Turns Office.js failures into messages a clerk understands, and never claims more than is known: a batch that
 * fails half-way keeps what it did before the failure (OfficeExtension.Error: Office.js has no rollback), so after
 * an action that writes, the message says the document may have changed. Codes from Word.ErrorCodes and
 * OfficeExtension.ErrorCodes.
 */
import { GatewayError } from "./gateway";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

/** Whether the failed action writes to the document: a write can half-apply, a read cannot change anything. */
export type Effect = "reads" | "writes";

export const notFoundError = (): GatewayError => ({
  code: "not-found",
  message: "Không còn tìm thấy câu này trong văn bản (có thể đã bị xóa hoặc sửa). Hãy quét lại văn bản.",
  messageEn: "This sentence is no longer in the document (deleted or edited). Scan the document again.",
});

const KNOWN: Record<string, GatewayError> = {
  NotAllowed: {
    code: "not-allowed",
    message:
      "Word không cho phép thao tác này ở chỗ con trỏ đang đứng hoặc ở chế độ hiện tại (chế độ đọc, chú thích, hộp văn bản, " +
      "vùng bị khóa). Hãy đặt con trỏ vào thân văn bản, chuyển sang chế độ chỉnh sửa rồi thử lại.",
    messageEn:
      "Word does not allow this where the cursor is or in the current mode (reading view, a comment, a text box, a locked " +
      "region). Put the cursor in the body text, switch to editing and try again.",
  },
  SearchDialogIsOpen: {
    code: "search-dialog-open",
    message: "Hộp thoại Tìm và Thay thế của Word đang mở. Hãy đóng hộp thoại đó rồi bấm lại.",
    messageEn: "Word's Find and Replace dialog is open. Close it and try again.",
  },
  SearchStringInvalidOrTooLong: {
    code: "search-invalid",
    message:
      "Word không tìm được câu này (câu quá dài hoặc có ký tự Word không tìm được). Hãy tìm bằng Ctrl+F một đoạn ngắn của câu.",
    messageEn:
      "Word cannot search for this sentence (too long, or characters Word cannot search for). Press Ctrl+F and search for a short part of it.",
  },
  ApiNotFound: {
    code: "api-unsupported",
    message: "Phiên bản Word này chưa hỗ trợ thao tác này. Hãy cập nhật Office (Word 2016 trở lên hoặc Word trên web).",
    messageEn:
      "This version of Word does not support this action. Update Office (Word 2016 or later, or Word on the web).",
  },
};
KNOWN.NotImplemented = KNOWN.ApiNotFound;

export function toGatewayError(error: unknown, effect: Effect = "writes"): GatewayError {
  const { code = "", message = "" } = (error ?? {}) as OfficeLikeError;
  if (code === "ItemNotFound") return notFoundError();
  if (KNOWN[code]) return KNOWN[code];
  if (code === "AccessDenied" || code === "ContentControlLocked" || /protect|read-only/i.test(message)) {
    return {
      code: "document-protected",
      message: "Văn bản đang bị khóa hoặc chỉ đọc. Hãy bỏ chế độ bảo vệ (Review › Restrict Editing) rồi thử lại.",
      messageEn:
        "The document is protected or read-only. Remove the protection (Review › Restrict Editing) and try again.",
    };
  }
  if (code === "GeneralException" && /busy|in use/i.test(message)) {
    return {
      code: "busy",
      message: "Word đang bận (có thể đang mở hộp thoại). Hãy đóng hộp thoại rồi thử lại.",
      messageEn: "Word is busy (a dialog may be open). Close it and try again.",
    };
  }
  if (typeof Word === "undefined") {
    return {
      code: "not-in-word",
      message: "Không tìm thấy Word. Hãy mở phần bổ trợ từ trong Word.",
      messageEn: "Word was not found. Open the add-in from inside Word.",
    };
  }
  const what = message || code || "không rõ";
  const whatEn = message || code || "unknown";
  return effect === "reads"
    ? {
        code: "unknown",
        message: `Word báo lỗi: ${what}. Văn bản không bị thay đổi; hãy thử lại.`,
        messageEn: `Word reported an error: ${whatEn}. The document was not changed; try again.`,
      }
    : {
        code: "unknown",
        message:
          `Word báo lỗi: ${what}. Một phần thay đổi có thể đã được áp dụng: hãy xem lại văn bản ` +
          `(Ctrl+Z để hoàn tác) rồi thử lại.`,
        messageEn:
          `Word reported an error: ${whatEn}. Part of the change may have been applied: check the document ` +
          `(Ctrl+Z undoes it) and try again.`,
      };
}
