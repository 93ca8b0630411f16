/** Owner-facing wording: the 制度 document's title when the rules file's name is in another language. */
export const owner = {
  'doc.headingCity': '{city}店铺客服薪酬制度',
};
