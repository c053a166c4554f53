/** Page geometry the rendering tests compare against, from the spec (decree30.md §1), not from the code. */
export const PT_PER_MM = 72 / 25.4;
export const A4_PT = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
/** Recommended defaults: top 20, bottom 20, left 30, right 20 mm. */
export const MARGINS_PT = { top: 20 * PT_PER_MM, bottom: 20 * PT_PER_MM, left: 30 * PT_PER_MM, right: 20 * PT_PER_MM };
export const CONTENT_LEFT = MARGINS_PT.left;
export const CONTENT_RIGHT = A4_PT.width - MARGINS_PT.right;
export const CONTENT_CENTRE = (CONTENT_LEFT + CONTENT_RIGHT) / 2;

export const centreX = (box: { xMin: number; xMax: number }): number => (box.xMin + box.xMax) / 2;

/** Liberation Serif fonts only (Times New Roman's metric twin), any weight or style. */
export const LIBERATION_SERIF = /^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/;
