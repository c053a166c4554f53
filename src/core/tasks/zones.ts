/**
 * Zones of a document (Decree 30 layout): header (agency, number, national title, place and date, document type and
 * subject), addressee ("Kính gửi"), body, closing (the closing formula), recipients ("Nơi nhận"), signature, appendix.
 * Tasks are read from the body, and from task tables wherever they sit.
 */
import { parsePlaceAndDate } from "../dates";
import { foldDiacritics, startsUpper } from "../text";
import { isClosing } from "./lexicon";
import { endsWithColon, isAllCaps, wordCount } from "./markers";

export type Zone = "header" | "addressee" | "body" | "closing" | "recipients" | "signature" | "appendix";

/** The document's type in capitals: "KẾT LUẬN", "THÔNG BÁO", "GIẤY MỜI HỌP" … */
export const RX_DOC_TITLE =
  /^(?:KẾT LUẬN|THÔNG BÁO|KẾ HOẠCH|BIÊN BẢN|GIẤY MỜI|CÔNG VĂN|BÁO CÁO|QUYẾT ĐỊNH|CHỈ THỊ|TỜ TRÌNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|HƯỚNG DẪN|ĐỀ ÁN|PHƯƠNG ÁN|QUY CHẾ|QUY ĐỊNH|THÔNG TRI|CÔNG ĐIỆN|CHỈ THỊ|LỊCH CÔNG TÁC)(?:\s|$)/u;
/** A scan may lose a title's diacritics ("CHUONG TRÌNH HÀNH ĐỘNG …", "QUYÉT ĐỊNH"): the same kinds, folded. */
const folded = (rx: RegExp) => new RegExp(foldDiacritics(rx.source));
const RX_DOC_TITLE_FOLDED = folded(RX_DOC_TITLE);
/** A line in capitals that opens with one of the kinds, as written or as a scan spells it. */
function titleIn(text: string, exact: RegExp, foldedKinds: RegExp): boolean {
  return exact.test(text) || (isAllCaps(text) && foldedKinds.test(foldDiacritics(text.slice(0, 24))));
}
const isDocTitle = (text: string) => titleIn(text, RX_DOC_TITLE, RX_DOC_TITLE_FOLDED);
/** Lines only a header holds: national title, motto, party header, number, summary, a rule line. */
const RX_HEADER_LINE =
  /^(?:CỘNG H[ÒO]A XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:|Số\s+\d|V\/v|Về việc\s|[_\-–—*=.]{3,}$|\*+$)/iu;
/** The national title that heads every state document: after a signature, another document begins. */
const RX_MOTTO = /^CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA VIỆT NAM/u;
/**
 * A scan's text may lose the motto's diacritics ("CONG HOA XÃ HOI CHỦ NGHĨA …") or print it on one line with the
 * issuer's column ("BỘ TÀI CHÍNH - BO CONG HOA XÃ HOI …"): folded, anywhere in a short line.
 */
const RX_MOTTO_FOLDED = /(?:^|[\s_\-–])cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam/;
function isMotto(text: string): boolean {
  if (RX_MOTTO.test(text)) return true;
  return text.length <= 140 && /NGH[ĨI]A/iu.test(text) && RX_MOTTO_FOLDED.test(foldDiacritics(text));
}
/** The motto's second line, also when a scan prints it after the issuer's column ("… TRUYEN THONG Độc lập - Ty do …"). */
const RX_INDEPENDENCE = /(?:^|\s)Độc\s+lập\s*[-–—]/u;
/** A document number with digits ("Số: 01 /BTT-BTC-BTTTT"), not a form's blank ("Số: ……/QĐ"). */
const RX_NUMBERED = /^Số\s*:?\s*\d/u;
const RX_ADDRESSEE = /^(?:kính gửi|đồng kính gửi)\s*:?/iu;
/** "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ XÂY DỰNG điện:": a telegram's issuer, then its addressees. */
const RX_TELEGRAM_TO = /^(\S.{0,60}?)\s+điện\s*:\s*$/u;

function opensAddressees(text: string): boolean {
  if (RX_ADDRESSEE.test(text)) return true;
  // The pattern's lazy head is tried at each of 60 places on every line; the word it needs is rare.
  if (text.indexOf("điện") < 0) return false;
  const m = RX_TELEGRAM_TO.exec(text);
  return m !== null && isAllCaps(m[1]);
}
const RX_RECIPIENTS = /^nơi nhận\s*:?/iu;
/** A scan's text may lose the heading's diacritics ("Noi nhận:}", "Noi nhan:"): folded, it needs its colon. */
const RX_RECIPIENTS_FOLDED = /^noi\s*nhan\s*:/;
function opensRecipients(text: string): boolean {
  if (RX_RECIPIENTS.test(text)) return true;
  return (text.charCodeAt(0) | 32) === 110 && RX_RECIPIENTS_FOLDED.test(foldDiacritics(text.slice(0, 12)));
}
/**
 * The signature block: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. …", "Q. …", or a title in capitals ("BỘ TRƯỞNG" signs
 * a circular with no "KT." and, in the Gazette's text, no "Nơi nhận").
 */
const RX_SIGNATURE =
  /^(?:(?:KT|TM|TL|TUQ|Q)\.\s*\S|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH|TRƯỞNG|BÍ THƯ|THỦ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|THỐNG ĐỐC|TỔNG CỤC TRƯỞNG)\b)/u;
const RX_APPENDIX = /^(?:PHỤ LỤC|Phụ lục|BIỂU|Biểu\s*(?:số|mẫu)?\s*\d|DANH MỤC|MẪU|Mẫu số)/u;
/**
 * "(Kèm theo Thông báo số 20/TB-STTTT ngày 13/3/2012 của Sở TT&TT)", "(Ban hành kèm theo Quyết định số …)": after the
 * signature, the line that ties an attached document to this one, under a title that may not be in capitals.
 */
const RX_ATTACHED_TO = /^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s/iu;
/** "Phu luc V": a scan's appendix heading without its diacritics. */
const RX_APPENDIX_FOLDED = /^phu\s*luc(?:\s|$)/;
function opensAppendix(text: string): boolean {
  if (RX_APPENDIX.test(text)) return true;
  return (text.charCodeAt(0) | 32) === 112 && RX_APPENDIX_FOLDED.test(foldDiacritics(text.slice(0, 10)));
}
const RX_GROUNDS = /^căn cứ\s/iu;
/** Lines that open a body: legal grounds, a date, a marker, an article ("Điều 20. …"), a sentence. */
const RX_BODY_OPENER =
  /^(?:căn cứ|thực hiện|ngày \d|hôm nay|để|theo|sau khi|xét|nhằm|trong|qua|vừa qua|trên cơ sở|điều \d+\.|\(?\d+[.)]|[IVX]+\.|[a-zđ]\)|[-–+•])/iu;

/**
 * Subject lines after the document type: short, not a sentence, at most four. A subject in capitals may run long ("BAN
 * HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH … TRONG PHẠM VI CẤP TỈNH", 40 words): no body line is written all in capitals.
 */
function isSubjectLine(text: string, previous: string): boolean {
  if (RX_BODY_OPENER.test(text) && !/^(?:thực hiện|về|trong)\s/iu.test(text)) return false;
  const most = isAllCaps(text) ? 80 : 30;
  if (endsWithColon(text) || wordCount(text, most) > most) return false;
  return !/[.:;]$/.test(previous);
}

interface HeaderState {
  titleSeen: boolean;
  /** Under a national title met after the signature: an attached document if a document type follows, else a form. */
  attached: boolean;
  /** In an appendix titled as a form ("MẪU BIÊN BẢN …", "Mẫu số 02"), until the next "Phụ lục". */
  inForm: boolean;
  /** Under an attached national title, a document number was met: the next line that is not a header's is a title. */
  numbered: boolean;
  /** That national title stands in an appendix ("Phụ lục 12.12"): only a document that carries work is attached. */
  inAppendix: boolean;
  subjectLines: number;
  lastText: string;
}

/** True while the header goes on; the state remembers the document type and its subject lines. */
function continuesHeader(text: string, table: boolean, s: HeaderState): boolean {
  if (!text) {
    if (s.subjectLines > 0) s.subjectLines = 9; // a blank line ends the subject
    return true;
  }
  if (table || RX_HEADER_LINE.test(text) || parsePlaceAndDate(text)) return true;
  if (!s.titleSeen && isAllCaps(text) && wordCount(text, 20) <= 20) {
    s.titleSeen = isDocTitle(text);
    return true;
  }
  if (s.titleSeen && s.subjectLines < 4 && isSubjectLine(text, s.lastText)) {
    s.subjectLines++;
    return true;
  }
  return false;
}

/** The zone of each paragraph (texts already cleaned; `inTable` marks paragraphs inside tables). */
export function markZones(texts: readonly string[], inTable: (i: number) => boolean): Zone[] {
  const zones: Zone[] = new Array(texts.length);
  const header: HeaderState = {
    titleSeen: false,
    attached: false,
    inForm: false,
    numbered: false,
    inAppendix: false,
    subjectLines: 0,
    lastText: "",
  };
  let zone: Zone = "header";
  for (let i = 0; i < texts.length; i++) {
    zone = zones[i] = nextZone(zone, texts[i], inTable(i), header);
    if (texts[i]) header.lastText = texts[i];
  }
  return zones;
}

function nextZone(zone: Zone, text: string, table: boolean, header: HeaderState): Zone {
  if (opensRecipients(text)) return "recipients";
  if (zone === "appendix" && staysInForm(text, table, header)) return "appendix";
  // "Phụ lục / NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG …": an appendix of tasks in prose is read as body.
  if (isEnded(zone) && !table && isTasksAppendixTitle(text)) return "body";
  // The national title after the closing formula starts another document even when no signer's title was recognised.
  const motto = !table && (isEnded(zone) || zone === "closing") && isMotto(text);
  // A closing formula may end one part of a programme and a title in capitals start the next ("… Luật Đầu tư công./."
  // then "BỘ TÀI CHÍNH", "ĐỀ ÁN").
  const attached = (isEnded(zone) || zone === "closing") && !table && isAttachedTitle(text, zone === "appendix");
  if (motto || attached) {
    // A document issued with this one and set after its signature ("KẾ HOẠCH …" after a decision, or its own national
    // title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ thực hiện …"): its own
    // header, then body.
    header.attached = motto;
    header.numbered = false;
    header.inAppendix = zone === "appendix";
    header.titleSeen = !header.attached;
    header.subjectLines = 0;
    return "header";
  }
  switch (zone) {
    case "header":
      if (awaitsAttachedTitle(text, table, header)) return attachedHeaderLine(text, header);
      if (opensAddressees(text)) return "addressee";
      return continuesHeader(text, table, header) ? "header" : bodyOrClosing(text);
    case "addressee":
      if (!text || table || opensAddressees(text) || isAddresseeLine(text)) return "addressee";
      return bodyOrClosing(text);
    case "body":
      if (opensAddressees(text)) return "addressee";
      if (isSignatureLine(text)) return "signature";
      return bodyOrClosing(text);
    case "closing":
      if (text && RX_SIGNATURE.test(text)) return "signature";
      // "… Luật Đầu tư công./." then "Phụ lục II" over the next Đề án: a programme's appendices, with no signature between.
      return text && !table && opensAppendix(text) ? "appendix" : "closing";
    case "recipients":
      return text && !table && opensAppendix(text) ? "appendix" : text && RX_SIGNATURE.test(text) ? "signature" : zone;
    case "signature":
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" over "Căn cứ …" was the issuer's line of a decision, not its signer: no
      // signature is followed by legal grounds, so the body starts here.
      if (RX_GROUNDS.test(text)) return "body";
      return text &&
        !table &&
        (opensAppendix(text) ||
          RX_ATTACHED_TO.test(text) ||
          (isAllCaps(text) && !RX_SIGNATURE.test(text) && wordCount(text, 3) >= 3))
        ? "appendix"
        : zone;
    default:
      return zone;
  }
}

/**
 * The title, in capitals, of an appendix that hands out work: "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG",
 * "PHÂN CÔNG NHIỆM VỤ …" (not "KẾT QUẢ THỰC HIỆN NHIỆM VỤ …", nor "DANH MỤC …", whose table is read anyway).
 */
function isTasksAppendixTitle(text: string): boolean {
  return RX_TASKS_TITLE.test(text) && isAllCaps(text);
}
const RX_TASKS_TITLE = /^(?:(?:CÁC\s+)?NHIỆM\s+VỤ|PHÂN\s+CÔNG)\s/u;

/** Under a national title met after the signature, before the attached document's title: still its header? */
function awaitsAttachedTitle(text: string, table: boolean, header: HeaderState): boolean {
  return header.attached && !header.titleSeen && text !== "" && !table;
}

/**
 * A line under a national title met after the signature: the motto's second line, the number, the date and the
 * issuer's column in short capitals ("TỔNG CỤC THUẾ", a scan's "THONG TIN VÀ TRUYEN THONG Độc lập - …") are header;
 * then comes the title of an attached document, or a form.
 */
function attachedHeaderLine(text: string, header: HeaderState): Zone {
  if (RX_NUMBERED.test(text)) header.numbered = true;
  if (RX_HEADER_LINE.test(text) || parsePlaceAndDate(text) || RX_INDEPENDENCE.test(text)) return "header";
  if (header.numbered || isDocTitle(text) || !isAllCaps(text) || wordCount(text, 9) > 8) {
    return attachedOrForm(text, header);
  }
  return "header";
}

/**
 * The first line under a national title met after the signature: a document type ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH
 * PHỦ thực hiện …", its subject on the same line) opens an attached document; anything else ("ĐƠN ĐỀ NGHỊ …", a
 * form to fill in) leaves the appendix.
 */
function attachedOrForm(text: string, header: HeaderState): Zone {
  header.attached = false;
  // A numbered document's title may be one the list does not hold (": BẢN THỎA THUẬN PHỐI HỢP CÔNG TÁC …").
  header.titleSeen = header.numbered || (header.inAppendix ? isWorkTitle(text) : isDocTitle(text));
  return header.titleSeen ? "header" : "appendix";
}

/** "MẪU BIÊN BẢN GIAO NHẬN …", "Mẫu số 02/BC": an appendix that is a form to fill in. */
const RX_FORM_TITLE = /^(?:MẪU|Mẫu\s+số)(?:\s|$)/u;
const RX_NEW_APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?:\s|$)/u;

/**
 * Inside a form the national title and "BIÊN BẢN" or "BÁO CÁO" under it are the form's, not an attached document's:
 * its lines ("+ Ông (bà)……… chức vụ……", "Việc giao nhận hoàn thành hồi…. giờ") are blanks to fill in, not work.
 */
function staysInForm(text: string, table: boolean, header: HeaderState): boolean {
  if (text && !table) header.inForm = RX_FORM_TITLE.test(text) || (header.inForm && !RX_NEW_APPENDIX.test(text));
  return header.inForm;
}

/** Past the body: the recipients, the signature or an appendix. */
function isEnded(zone: Zone): boolean {
  return zone === "recipients" || zone === "signature" || zone === "appendix";
}

/**
 * "KẾ HOẠCH", "QUY CHẾ", "CHƯƠNG TRÌNH HÀNH ĐỘNG": a document type in capitals, with at most a word or two of its kind,
 * the title of an attached document. Its subject follows on the next lines.
 */
function isAttachedTitle(text: string, inAppendix: boolean): boolean {
  return (inAppendix ? isWorkTitle(text) : isDocTitle(text)) && isAllCaps(text) && wordCount(text, 7) <= 6;
}

/**
 * In an appendix, a report, minutes, an application or a decision under "Phụ lục 12.12" is a form to fill in ("BÁO CÁO
 * GIÁM SÁT DỰ ÁN", "BIÊN BẢN …"); only a document that carries work is attached there ("Phụ lục / KẾ HOẠCH …").
 */
const RX_WORK_TITLE =
  /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|THÔNG TRI)(?:\s|$)/u;
const RX_WORK_TITLE_FOLDED = folded(RX_WORK_TITLE);
const isWorkTitle = (text: string) => titleIn(text, RX_WORK_TITLE, RX_WORK_TITLE_FOLDED);

/** "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC": a short line in capitals that opens the signature. */
function isSignatureLine(text: string): boolean {
  return RX_SIGNATURE.test(text) && isAllCaps(text) && wordCount(text, 8) <= 8;
}

/** A body line, or the closing formula that ends the body. */
function bodyOrClosing(text: string): Zone {
  return text && isClosing(text) ? "closing" : "body";
}

/**
 * "- Sở Tài chính;", "UBND các huyện, thị xã.": a short line of the addressee list; or one addressee and the names it
 * covers, "Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh: Yên Bái, Hòa Bình, Thái Nguyên, … Thái Bình.", however long.
 */
function isAddresseeLine(text: string): boolean {
  return /^[-–+•]/.test(text) || (wordCount(text, 14) <= 14 && /[;.,]$/.test(text)) || namesPlaces(text);
}

const RX_NAMED_LIST = /^([^:]{3,100}):\s*([^:]+?)\s*[.;]?$/u;
/** "Đề nghị các đồng chí cử: Văn phòng, Sở Nội vụ.": a request with a list is the body's first line, not an addressee. */
const RX_ASKS = /(?:^|\s)(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo)\s/iu;
function namesPlaces(text: string): boolean {
  const m = RX_NAMED_LIST.exec(text);
  if (!m || wordCount(m[1], 15) > 14 || RX_ASKS.test(m[1])) return false;
  const names = m[2].split(/\s*,\s*|\s+và\s+/u);
  return names.length >= 2 && names.every((n) => startsUpper(n) && wordCount(n, 6) <= 5);
}
