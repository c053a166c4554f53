/**
 * Turns Office.js failures into messages a clerk understands.
 */
import { GatewayError } from "./gateway";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

export const notFoundError = (): GatewayError => ({
  code: "not-found",
  message: "Không còn tìm thấy câu này trong văn bản (có thể đã bị xóa hoặc sửa). Hãy quét lại văn bản.",
  messageEn: "This sentence is no longer in the document (deleted or edited). Scan the document again.",
});

export function toGatewayError(error: unknown): GatewayError {
  const { code = "", message = "" } = (error ?? {}) as OfficeLikeError;
  if (code === "ItemNotFound") return notFoundError();
  if (code === "AccessDenied" || code === "ContentControlLocked" || /protect|read-only/i.test(message)) {
    return {
      code: "document-protected",
      message: "Văn bản đang bị khóa hoặc chỉ đọc. Hãy bỏ chế độ bảo vệ (Review › Restrict Editing) rồi thử lại.",
      messageEn:
        "The document is protected or read-only. Remove the protection (Review › Restrict Editing) and try again.",
    };
  }
  if (code === "ApiNotFound" || code === "NotImplemented") {
    return {
      code: "api-unsupported",
      message:
        "Phiên bản Word này chưa hỗ trợ thao tác này. Hãy cập nhật Office (Word 2016 trở lên hoặc Word trên web).",
      messageEn:
        "This version of Word does not support this action. Update Office (Word 2016 or later, or Word on the web).",
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
  return {
    code: "unknown",
    message: `Word báo lỗi: ${message || code || "không rõ"}. Văn bản chưa bị thay đổi; hãy thử lại.`,
    messageEn: `Word reported an error: ${message || code || "unknown"}. The document was not changed; try again.`,
  };
}
