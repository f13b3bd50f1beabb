import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { buildZip, docx, JPEG, odt, PDF, PNG } from '../../test/zip';
import {
  checkFile,
  contentDisposition,
  defineFileUse,
  IMAGE_KINDS,
  OFFICE_KINDS,
  registerDetector,
  type FileInput,
} from '.';

const office = defineFileUse({
  name: 'test.office',
  module: 'test',
  accepts: OFFICE_KINDS,
  maxBytes: 1 << 20,
});
const photos = defineFileUse({ name: 'test.photo', module: 'test', accepts: IMAGE_KINDS, maxBytes: 1 << 20 });

async function refusal(p: Promise<unknown>): Promise<{ code: string; status: number }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const { code, status } = err as AppError;
  return { code, status };
}

describe('content detection', () => {
  it.each([
    ['a PDF', PDF, 'report.pdf', 'application/pdf', office],
    [
      'a DOCX',
      docx(),
      'report.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      office,
    ],
    ['an ODT', odt(), 'report.odt', 'application/vnd.oasis.opendocument.text', office],
    ['a PNG', PNG, 'photo.png', 'image/png', photos],
    ['a JPEG', JPEG, 'photo.jpg', 'image/jpeg', photos],
  ])('tells %s by its bytes, whatever the client declared', async (_l, bytes, name, type, use) => {
    const f = await checkFile(use, { name, declaredType: 'application/octet-stream', content: bytes });
    expect(f.mediaType).toBe(type);
    expect(f.size).toBe(bytes.length);
    expect(f.filename).toBe(name);
  });

  it('refuses what no detector recognises, and a kind the use does not accept', async () => {
    expect(
      await refusal(checkFile(office, { name: 'notes.txt', content: Buffer.from('Just notes.\n') })),
    ).toEqual({
      code: 'uploads.unsupported_file',
      status: 415,
    });
    expect(await refusal(checkFile(office, { name: 'photo.png', content: PNG }))).toEqual({
      code: 'uploads.unsupported_file',
      status: 415,
    });
  });

  it('refuses a file whose extension or declared type lies about its content', async () => {
    const byName = await refusal(checkFile(office, { name: 'minutes.pdf', content: docx() }));
    expect(byName).toEqual({ code: 'uploads.content_mismatch', status: 415 });
    const byType = await refusal(
      checkFile(office, { name: 'minutes', declaredType: 'application/pdf', content: odt() }),
    );
    expect(byType).toEqual({ code: 'uploads.content_mismatch', status: 415 });
    const photo = await refusal(checkFile(photos, { name: 'photo.jpeg', content: PNG }));
    expect(photo).toEqual({ code: 'uploads.content_mismatch', status: 415 });
  });

  it('accepts a new kind once its detector is registered and a use names it', async () => {
    // A kind no module registers: the suite may share one registry across its files.
    const survey = registerDetector({
      kind: 'test-survey',
      mediaType: 'application/x-test-survey+json',
      extensions: ['survey'],
      refines: 'json',
      matches: (p) => (p.json() as { survey?: unknown } | undefined)?.survey === 'test-survey/1',
    });
    const feeds = defineFileUse({
      name: 'test.feed',
      module: 'test',
      accepts: ['test-survey'],
      maxBytes: 1024,
    });
    const content = Buffer.from('{"survey":"test-survey/1","answers":[]}');
    const f = await checkFile(feeds, { name: 'feed.json', declaredType: 'application/json', content });
    expect(f).toMatchObject({
      kind: survey.kind,
      mediaType: 'application/x-test-survey+json',
      filename: 'feed.json',
    });
    const plain = await refusal(checkFile(feeds, { name: 'x.json', content: Buffer.from('{"a":1}') }));
    expect(plain.code).toBe('uploads.unsupported_file');
    expect(() => defineFileUse({ ...feeds, accepts: ['gtfs'] })).toThrow(/gtfs/);
  });

  it('tells JSON, GeoJSON and CSV apart, the special kind fitting a use of the general one', async () => {
    const data = defineFileUse({
      name: 'test.data',
      module: 'test',
      accepts: ['json', 'csv'],
      maxBytes: 4096,
    });
    const geo = Buffer.from('{"type":"FeatureCollection","features":[]}');
    expect(await checkFile(data, { name: 'routes.json', content: geo })).toMatchObject({
      kind: 'geojson',
      mediaType: 'application/geo+json',
    });
    expect((await checkFile(data, { name: 'a.json', content: Buffer.from('[1, 2]') })).kind).toBe('json');
    const csv = Buffer.from('state,"name, full"\r\nKZ,"Kazakhstan, Republic of"\r\nRU,"Russia ""RF"""\r\n');
    expect((await checkFile(data, { name: 'states.csv', content: csv })).kind).toBe('csv');
    const ragged = Buffer.from('a,b\nc\n');
    expect((await refusal(checkFile(data, { name: 'x.csv', content: ragged }))).code).toBe(
      'uploads.unsupported_file',
    );
    const geoAsCsv = await refusal(checkFile(data, { name: 'routes.csv', content: geo }));
    expect(geoAsCsv.code).toBe('uploads.content_mismatch');
  });
});

describe('limits', () => {
  it('are per use: the same file fits one use and not a smaller one', async () => {
    const file = Buffer.concat([PDF, Buffer.alloc(4096)]);
    const small = defineFileUse({ name: 'test.small', module: 'test', accepts: ['pdf'], maxBytes: 4096 });
    const large = defineFileUse({ name: 'test.large', module: 'test', accepts: ['pdf'], maxBytes: 8192 });
    expect((await checkFile(large, { name: 'a.pdf', content: file })).size).toBe(file.length);
    expect(await refusal(checkFile(small, { name: 'a.pdf', content: file }))).toEqual({
      code: 'uploads.file_too_large',
      status: 413,
    });
  });

  it('stop reading a stream as soon as it passes the limit', async () => {
    let pulled = 0;
    async function* endless() {
      yield PDF;
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024);
      }
    }
    const small = defineFileUse({
      name: 'test.small',
      module: 'test',
      accepts: ['pdf'],
      maxBytes: 10 * 1024,
    });
    expect((await refusal(checkFile(small, { name: 'a.pdf', content: endless() }))).code).toBe(
      'uploads.file_too_large',
    );
    expect(pulled).toBe(10);
  });

  it('refuse a zip bomb disguised as a DOCX, by the sizes its central directory declares', async () => {
    const bomb = docx([
      { name: 'word/media/padding.bin', data: Buffer.alloc(24 * 1024 * 1024), deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(1 << 20);
    expect(await refusal(checkFile(office, { name: 'report.docx', content: bomb }))).toEqual({
      code: 'uploads.archive_too_large',
      status: 422,
    });
  });

  it('refuse an archive declaring an absurd expanded size even at a modest ratio', async () => {
    // Hand-made central directory: one stored entry claiming 3 GiB (no inflating ever happens).
    const odf = odt();
    const zip = Buffer.from(odf);
    const cd = zip.readUInt32LE(zip.length - 6);
    zip.writeUInt32LE(3 * 1024 * 1024 * 1024, cd + 24);
    expect(await refusal(checkFile(office, { name: 'report.odt', content: zip }))).toEqual({
      code: 'uploads.archive_too_large',
      status: 422,
    });
  });

  it('let an ordinary compressed document through', async () => {
    const text = Buffer.from('<w:p>Lorem ipsum dolor sit amet. </w:p>'.repeat(20_000));
    const doc = docx([{ name: 'word/styles.xml', data: text, deflate: true }]);
    expect(deflateRawSync(text).length).toBeLessThan(text.length / 50);
    expect((await checkFile(office, { name: 'report.docx', content: doc })).kind).toBe('docx');
  });

  it('refuse a ZIP without a readable central directory as an unknown kind', async () => {
    const broken = buildZip([{ name: 'word/document.xml', data: Buffer.from('<x/>') }]).subarray(0, 40);
    expect((await refusal(checkFile(office, { name: 'a.docx', content: broken }))).code).toBe(
      'uploads.unsupported_file',
    );
  });
});

describe('filenames', () => {
  const check = (name: string, content: Buffer = PDF) =>
    checkFile(office, { name, content } satisfies FileInput).then((f) => f.filename);

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\me\\Соглашение.pdf', 'Соглашение.pdf'],
    ['上海合作组织宪章.pdf', '上海合作组织宪章.pdf'],
    ['a"b\r\nSet-Cookie: x=1.pdf', 'a_b_Set-Cookie_ x_1.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['???.pdf', 'file.pdf'],
    ['report', 'report.pdf'],
    ['', 'file.pdf'],
  ])('keeps %j as %j', async (raw, kept) => {
    expect(await check(raw)).toBe(kept);
  });

  it('shortens a long name to 200 characters, keeping its extension', async () => {
    const name = await check(`${'Ж'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('Ж.pdf')).toBe(true);
  });

  it('are safe in Content-Disposition: RFC 6266 filename* and an ASCII fallback', () => {
    const header = contentDisposition("Соглашение «Шанхай» (2025) it's.pdf");
    expect(header).toBe(
      `attachment; filename="_ _ (2025) it's.pdf"; filename*=UTF-8''` +
        '%D0%A1%D0%BE%D0%B3%D0%BB%D0%B0%D1%88%D0%B5%D0%BD%D0%B8%D0%B5%20%C2%AB%D0%A8%D0%B0%D0%BD%D1%85%D0%B0%D0%B9%C2%BB%20%282025%29%20it%27s.pdf',
    );
    const tricky = contentDisposition('a"b\\c\r\nX-Evil: 1;%41.pdf');
    expect(tricky).not.toMatch(/[\r\n]/);
    expect(tricky.split('filename*=')[0]).toBe('attachment; filename="a_b_c_X-Evil: 1;_41.pdf"; ');
    expect(decodeURIComponent(tricky.split("UTF-8''")[1]!)).toBe('a"b\\c\r\nX-Evil: 1;%41.pdf');
    expect(contentDisposition('Café.pdf')).toContain('filename="Cafe.pdf"');
  });
});
