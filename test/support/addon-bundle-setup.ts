/** vitest globalSetup: build the add-on once (in memory, as build:addon does) for all test files that load it. */
import type { TestProject } from 'vitest/node';
import { bundleAddon } from '../../sheets-addon/build.ts';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('addonBundle', await bundleAddon());
}
