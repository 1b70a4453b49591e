import { describe, expect, it } from "vitest";
import { parsePartDisposition } from "../../../src/http/multipart/content-disposition.ts";

describe("parsePartDisposition (RFC 7578 §4.2, WHATWG HTML form encoding)", () => {
  it.each([
    ['form-data; name="firstName"', { name: "firstName", filename: null }],
    ['form-data; name="cv"; filename="cv.pdf"', { name: "cv", filename: "cv.pdf" }],
    ["form-data; name=cv; filename=cv.pdf", { name: "cv", filename: "cv.pdf" }],
    ['FORM-DATA; NAME="cv"; FILENAME="CV.PDF"', { name: "cv", filename: "CV.PDF" }],
    ['form-data; name="cv"; filename=""', { name: "cv", filename: "" }],
    ['form-data; name="cv"; filename="a;b=c.pdf"', { name: "cv", filename: "a;b=c.pdf" }],
    ['form-data; name="cv"; filename="mon %22cv%22%0A.pdf"', { name: "cv", filename: 'mon "cv"\n.pdf' }],
    ['form-data; name="cv"; filename="C:\\\\Users\\\\l\\"ea.pdf"', { name: "cv", filename: 'C:\\Users\\l"ea.pdf' }],
    [
      'form-data; name="cv"; filename="cv.pdf"; filename*=UTF-8\'\'CV%20L%C3%A9a.pdf',
      { name: "cv", filename: "CV Léa.pdf" },
    ],
    ['form-data; name="cv"; filename="cv.pdf"; filename*=UTF-8\'\'%E9', { name: "cv", filename: "cv.pdf" }],
    ['form-data; name="a"; name="b"', { name: "a", filename: null }],
  ])("%s", (header, expected) => {
    expect(parsePartDisposition(header)).toEqual(expected);
  });

  it.each([
    [undefined],
    [""],
    ['attachment; name="cv"'],
    ['form-datax; name="cv"'],
    ["form-data"],
    ['form-data; filename="cv.pdf"'],
    ['form-data; name=""'],
  ])("%j is no form field", (header) => {
    expect(parsePartDisposition(header)).toBeNull();
  });
});
