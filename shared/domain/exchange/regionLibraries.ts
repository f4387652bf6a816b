/** The checked library directory of Kollega's regions, loaded once so callers need not read files. */
import data from '../../data/libraries.json';
import { libraryDirectory } from './libraryDirectory';

export const regionLibraries = libraryDirectory(data);
