/** Every string the pane shows, in Vietnamese (the default) and English. */
export const vi = {
  appTitle: "Soạn thảo Kết luận",
  tabDraft: "Soạn thảo",
  tabTasks: "Nhiệm vụ",
  tabSettings: "Cài đặt",
  language: "Ngôn ngữ",
  insertHeader: "Chèn tiêu đề văn bản",
  insertHeaderHint: "Cơ quan ban hành, Quốc hiệu, Tiêu ngữ, số và ngày theo Nghị định 30, tại con trỏ.",
  documentNumber: "Số văn bản (để trống khi là bản thảo)",
  issueDate: "Ngày ban hành",
  dayUnknown: "Chưa biết ngày (để trống ngày cho văn thư)",
  inserted: "Đã chèn vào văn bản.",
  working: "Đang chèn…",
  profileMissing: "Chưa có thông tin cơ quan. Hãy điền ở thẻ Cài đặt trước.",
  goToSettings: "Mở Cài đặt",
  tasksIntro: "Quét văn bản để lập danh sách nhiệm vụ, người chủ trì và thời hạn.",
  settingsIntro: "Thông tin cơ quan dùng cho mọi khối văn bản. Chỉ lưu trên máy này.",
  parentAgency: "Cơ quan chủ quản (nếu có)",
  issuingAgency: "Cơ quan ban hành",
  issuerAbbreviation: "Viết tắt tên cơ quan (ví dụ TTr, UBND, VP)",
  place: "Địa danh (ví dụ Tây Ninh)",
  save: "Lưu",
  saved: "Đã lưu.",
} as const;

export type StringKey = keyof typeof vi;
export type Strings = Record<StringKey, string>;

export const en: Strings = {
  appTitle: "Meeting Conclusions",
  tabDraft: "Draft",
  tabTasks: "Tasks",
  tabSettings: "Settings",
  language: "Language",
  insertHeader: "Insert document header",
  insertHeaderHint: "Issuing agency, national title, motto, number and date per Decree 30, at the cursor.",
  documentNumber: "Document number (leave empty for a draft)",
  issueDate: "Issue date",
  dayUnknown: "Day not known yet (leave it blank for the records clerk)",
  inserted: "Inserted into the document.",
  working: "Inserting…",
  profileMissing: "No agency details yet. Fill them in on the Settings tab first.",
  goToSettings: "Open Settings",
  tasksIntro: "Scan the document to list its tasks, owners and deadlines.",
  settingsIntro: "Agency details used by every block. Stored on this computer only.",
  parentAgency: "Parent agency (optional)",
  issuingAgency: "Issuing agency",
  issuerAbbreviation: "Agency abbreviation (e.g. TTr, UBND, VP)",
  place: "Place name (e.g. Tây Ninh)",
  save: "Save",
  saved: "Saved.",
};

export type Language = "vi" | "en";
export const STRINGS: Record<Language, Strings> = { vi, en };
