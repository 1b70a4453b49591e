import { strToU8, zipSync } from "fflate";

const encoder = new TextEncoder();

/**
 * TEST DATA: a real one-page PDF (a readable "CV de test" line), written object by object with its cross-reference
 * table, as any PDF reader expects.
 */
export function aPdfCv(text = "CV de test - Léa Martin"): Uint8Array {
  const ascii = text.normalize("NFD").replace(/[^\x20-\x7e]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${ascii}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(body);
}

/** TEST DATA: a minimal Word document (a zip holding [Content_Types].xml and word/document.xml). */
export function aDocxCv(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>CV de test</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

/** TEST DATA: a zip that is not a Word document (no word/document.xml). */
export function aPlainZip(): Uint8Array {
  return zipSync({ "notes.txt": strToU8("pas un document Word") });
}

/** TEST DATA: the first bytes of a PNG image (its signature and IHDR chunk). */
export function aPng(): Uint8Array {
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]);
}

/** The EICAR antivirus test file (harmless; every antivirus reports it), here in a file named like a PDF. */
export const EICAR = encoder.encode("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

/** A PDF of exactly `size` bytes (the real PDF padded with a comment line). */
export function aPdfOfSize(size: number): Uint8Array {
  const pdf = aPdfCv();
  if (size < pdf.length) throw new Error(`a PDF needs at least ${pdf.length} bytes`);
  const bytes = new Uint8Array(size);
  bytes.set(pdf);
  bytes.fill(0x20, pdf.length);
  return bytes;
}
