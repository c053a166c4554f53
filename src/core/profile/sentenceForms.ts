/**
 * The names a draft's sentences use, from the profile: derived from the upper-case header names by Phụ lục II
 * (names.ts), unless the clerk corrected them in Cài đặt.
 */
import type { AgencyProfile } from "./index";
import { agencyInSentence, agencyWithoutPlace, isBareUnit, titleInSentence } from "./names";

export interface SentenceForms {
  /** The issuing body: "Sở Nông nghiệp và Môi trường"; a bare unit is named with its parent ("Văn phòng Ủy ban nhân dân tỉnh"). */
  issuer: string;
  /** The parent body: "Ủy ban nhân dân tỉnh Lào Cai"; empty without one. */
  parent: string;
  /** The head's title in running text: "Chánh Thanh tra tỉnh"; empty when the profile gives no title. */
  head: string;
}

type NameFields = Pick<
  AgencyProfile,
  "issuingAgency" | "parentAgency" | "headTitle" | "signerTitle" | "signerAuthority" | "sentenceNames"
>;

export function derivedSentenceForms(profile: NameFields): SentenceForms {
  const parent = agencyInSentence(profile.parentAgency);
  const own = agencyInSentence(profile.issuingAgency);
  const issuer =
    own && parent && isBareUnit(profile.issuingAgency) ? `${own} ${agencyWithoutPlace(profile.parentAgency)}` : own;
  // The head is who the body's own acts speak for: the title after TM./KT./TL., or the signer's own title.
  const title = profile.headTitle.trim() || (profile.signerAuthority === "" ? profile.signerTitle.trim() : "");
  return { issuer, parent, head: title ? titleInSentence(title, profile.issuingAgency, issuer) : "" };
}

export function sentenceForms(profile: NameFields): SentenceForms {
  const derived = derivedSentenceForms(profile);
  const own = profile.sentenceNames ?? {};
  return {
    issuer: own.issuingAgency?.trim() || derived.issuer,
    parent: own.parentAgency?.trim() || derived.parent,
    head: own.headTitle?.trim() || derived.head,
  };
}
