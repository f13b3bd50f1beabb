import { describe, expect, it } from 'vitest';
import { buildZip, contentTypes, docx, JPEG, odt, pdf, PDF, PNG, pngChunk } from '../../test/zip';
import { AppError } from '../errors';
import { checkFile, defineFileUse, IMAGE_KINDS, OFFICE_KINDS } from '.';

// Every upload the outside attack got accepted wrongly (issue 16, defect 7), built here byte by byte.

const files = defineFileUse({
  name: 'test.structure',
  module: 'test',
  accepts: [...OFFICE_KINDS, ...IMAGE_KINDS],
  maxBytes: 4 << 20,
});

const EXE = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(252, 0x90)]);
const HTML = Buffer.from('<html><body><script>fetch("/api/v1/auth/me")</script></body></html>\n');
const JS = Buffer.from('\nalert(document.cookie);\n');
const ZIP_WITH_EXE = buildZip([{ name: 'payload.exe', data: EXE }]);
const DOCM = 'application/vnd.ms-word.document.macroEnabled.main+xml';

/** A ZIP whose end record carries `comment`: the only place a second directory could hide. */
function withComment(zip: Buffer, comment: Buffer): Buffer {
  const out = Buffer.concat([zip, comment]);
  out.writeUInt16LE(comment.length, zip.length - 2);
  return out;
}

/** A ZIP with every offset moved by `by`, as if it began `by` bytes into a larger file. */
function shifted(zip: Buffer, by: number): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.length - 22;
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  out.writeUInt32LE(p + by, eocd + 16);
  for (let i = 0; i < count; i++) {
    out.writeUInt32LE(out.readUInt32LE(p + 42) + by, p + 42);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** The central directory's declared sizes of entry `index`, rewritten (the data is left as it is). */
function declaring(zip: Buffer, index: number, sizes: { compressed?: number; uncompressed?: number }) {
  const out = Buffer.from(zip);
  let p = out.readUInt32LE(out.length - 6);
  for (let i = 0; i < index; i++)
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  if (sizes.compressed !== undefined) out.writeUInt32LE(sizes.compressed, p + 20);
  if (sizes.uncompressed !== undefined) out.writeUInt32LE(sizes.uncompressed, p + 24);
  return out;
}

const pngWith = (...chunks: Buffer[]) => Buffer.concat([PNG.subarray(0, 33), ...chunks, PNG.subarray(33)]);
const badCrc = Buffer.from(PNG);
badCrc.writeUInt32BE(badCrc.readUInt32BE(29) ^ 1, 29);
const onePart = docx([{ name: 'word/media/pad.bin', data: Buffer.alloc(1 << 20, 1), deflate: true }]);

async function outcome(name: string, content: Buffer) {
  try {
    const f = await checkFile(files, { name, declaredType: 'application/octet-stream', content });
    return `stored as ${f.filename}`;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return `${e.status} ${e.code}${e.params.reason ? ` ${String(e.params.reason)}` : ''}`;
  }
}

describe('uploads checked by structure', () => {
  it.each([
    ['a valid PDF named setup.exe', 'setup.exe', PDF, '415 uploads.content_mismatch'],
    ['a valid PDF named page.html', 'page.html', PDF, '415 uploads.content_mismatch'],
    ['a valid PDF named page.htm', 'page.htm', PDF, '415 uploads.content_mismatch'],
    ['a valid PDF named run.js', 'run.js', PDF, '415 uploads.content_mismatch'],
    ['a valid PDF named image.svg', 'image.svg', PDF, '415 uploads.content_mismatch'],
    ['a valid PNG named photo.html', 'photo.html', PNG, '415 uploads.content_mismatch'],
    [
      'a PDF followed by HTML',
      'a.pdf',
      Buffer.concat([PDF, HTML]),
      '422 uploads.malformed_file html_content',
    ],
    [
      'a PDF followed by script',
      'a.pdf',
      Buffer.concat([PDF, JS]),
      '422 uploads.malformed_file trailing_data',
    ],
    [
      'a PDF followed by a ZIP with an EXE',
      'a.pdf',
      Buffer.concat([PDF, ZIP_WITH_EXE]),
      '422 uploads.malformed_file trailing_data',
    ],
    [
      'a PDF header followed by HTML',
      'a.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), HTML]),
      '422 uploads.malformed_file html_content',
    ],
    ['%PDF- alone', 'a.pdf', Buffer.from('%PDF-'), '422 uploads.malformed_file no_header'],
    [
      'a PDF header and %%EOF only',
      'a.pdf',
      Buffer.from('%PDF-1.7\n%%EOF\n'),
      '422 uploads.malformed_file no_xref',
    ],
    [
      'a PDF whose startxref points at nothing',
      'a.pdf',
      Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\nstartxref\n12\n%%EOF\n'),
      '422 uploads.malformed_file no_xref',
    ],
    [
      'a PNG followed by HTML',
      'a.png',
      Buffer.concat([PNG, HTML]),
      '422 uploads.malformed_file html_content',
    ],
    [
      'a PNG followed by a ZIP with an EXE',
      'a.png',
      Buffer.concat([PNG, ZIP_WITH_EXE]),
      '422 uploads.malformed_file trailing_data',
    ],
    ['a PNG header alone', 'a.png', PNG.subarray(0, 33), '422 uploads.malformed_file truncated'],
    ['a PNG with a wrong checksum', 'a.png', badCrc, '422 uploads.malformed_file bad_checksum'],
    [
      'a PNG carrying HTML in a text chunk',
      'a.png',
      pngWith(pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), HTML]))),
      '422 uploads.malformed_file html_content',
    ],
    [
      'a JPEG followed by HTML',
      'a.jpg',
      Buffer.concat([JPEG, HTML]),
      '422 uploads.malformed_file html_content',
    ],
    [
      'a JPEG followed by a ZIP with an EXE',
      'a.jpg',
      Buffer.concat([JPEG, ZIP_WITH_EXE]),
      '422 uploads.malformed_file trailing_data',
    ],
    [
      'a JPEG header followed by junk',
      'a.jpg',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 2)]),
      '422 uploads.malformed_file bad_segment',
    ],
    [
      'a ZIP whose only entry is payload.exe, named .docx',
      'a.docx',
      ZIP_WITH_EXE,
      '415 uploads.unsupported_file',
    ],
    [
      'a ZIP of payload.exe whose comment holds a DOCX directory',
      'a.docx',
      withComment(ZIP_WITH_EXE, docx()),
      '415 uploads.unsupported_file',
    ],
    [
      'a ZIP of payload.exe whose comment holds a consistent DOCX',
      'a.docx',
      withComment(ZIP_WITH_EXE, shifted(docx(), ZIP_WITH_EXE.length)),
      '415 uploads.unsupported_file',
    ],
    [
      'an ODT-shaped ZIP carrying an EXE in its manifest',
      'a.odt',
      odt([{ name: 'Scripts/setup.exe', data: EXE }]),
      '422 uploads.malformed_file executable_entry',
    ],
    [
      'an ODT-shaped ZIP carrying a file its manifest does not list',
      'a.odt',
      odt([{ name: 'Pictures/photo.png', data: PNG }], []),
      '422 uploads.malformed_file undeclared_part',
    ],
    [
      'a DOCX carrying an EXE',
      'a.docx',
      docx([{ name: 'word/embeddings/setup.exe', data: EXE, deflate: true }]),
      '422 uploads.malformed_file executable_entry',
    ],
    [
      'a DOCX carrying a program named as an image',
      'a.docx',
      docx([{ name: 'word/media/image1.png', data: EXE }]),
      '422 uploads.malformed_file executable_entry',
    ],
    [
      'a DOCX whose content types declare no document',
      'a.docx',
      buildZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: '_rels/.rels', data: Buffer.from('<Relationships/>') },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      ]),
      '422 uploads.malformed_file not_a_document',
    ],
    [
      'a macro-enabled document named .docx',
      'a.docx',
      buildZip([
        { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': DOCM }) },
        { name: '_rels/.rels', data: Buffer.from('<Relationships/>') },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      ]),
      '422 uploads.malformed_file not_a_document',
    ],
    [
      'a ZIP bomb declaring that it expands to 1 GiB',
      'a.docx',
      declaring(onePart, 3, { uncompressed: 1 << 30 }),
      '422 uploads.archive_too_large',
    ],
    [
      'a ZIP bomb hiding its size behind small declared parts',
      'a.docx',
      declaring(onePart, 3, { uncompressed: 16 }),
      '422 uploads.archive_too_large',
    ],
  ])('refuses %s', async (_label, name, content, expected) => {
    expect(await outcome(name, content)).toBe(expected);
  });

  it.each([
    ['a PDF with a cross-reference table', 'a.pdf', PDF, 'stored as a.pdf'],
    [
      'a PDF with an incremental update and NUL padding',
      'a.pdf',
      Buffer.concat([
        PDF,
        Buffer.from(`trailer\n<< /Size 5 >>\nstartxref\n${PDF.indexOf('xref')}\n%%EOF\n`),
        Buffer.alloc(64),
      ]),
      'stored as a.pdf',
    ],
    [
      'a PDF with a cross-reference stream',
      'a.pdf',
      Buffer.from(
        '%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] >>\nstream\nx\nendstream\nendobj\nstartxref\n9\n%%EOF\n',
      ),
      'stored as a.pdf',
    ],
    ['a PNG', 'a.png', PNG, 'stored as a.png'],
    ['a JPEG', 'a.jpeg', JPEG, 'stored as a.jpeg'],
    ['a DOCX with media', 'a.docx', docx([{ name: 'word/media/image1.png', data: PNG }]), 'stored as a.docx'],
    [
      'an ODT with a picture in its manifest',
      'a.odt',
      odt([{ name: 'Pictures/p.png', data: PNG }]),
      'stored as a.odt',
    ],
    ['a name without an extension', 'Minutes', pdf('m'), 'stored as Minutes.pdf'],
    ['a name ending in a date', 'Minutes 15.06.2025', PDF, 'stored as Minutes 15.06.2025.pdf'],
    ['a name with an unknown extension', 'Agreement.final', PDF, 'stored as Agreement.final.pdf'],
  ])('accepts %s', async (_label, name, content, expected) => {
    expect(await outcome(name, content)).toBe(expected);
  });
});
