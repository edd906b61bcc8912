import * as vscode from 'vscode';
import { hostEnvSetting } from '../runner/hostLogProtocol';

/** What the Node suites read from process.env, which the runner writes into a setting for the web worker. */
export function hostEnv(): Readonly<Record<string, string | undefined>> {
  return vscode.workspace.getConfiguration().get<Record<string, string>>(hostEnvSetting) ?? {};
}
