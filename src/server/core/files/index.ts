// The kernel's stored files: what modules may use. Everything else in this folder is private.
export {
  registerDetector,
  getDetector,
  OFFICE_KINDS,
  IMAGE_KINDS,
  type ContentDetector,
  type Probe,
} from './detectors';
export { FileErrors } from './files.errors';
export {
  ARCHIVE_LIMITS,
  checkFile,
  defineFileUse,
  describeFiles,
  findFile,
  readFileContent,
  storeFile,
  type CheckedFile,
  type FileInput,
  type FileUse,
  type StoreOptions,
  type StoredFile,
} from './files.service';
export { readUpload, sendFile, withUploads, type Upload } from './files.http';
export { contentDisposition, sanitiseFilename } from './names';
export type { ZipEntry } from './zip';
