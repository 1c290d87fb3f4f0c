// Claims: what two reports say differently (issue 16). One service computes the pair's claim comparison;
// the Compare Claims panel, the unique-claims highlight, the counterpart hover and the export read it.
import * as vscode from 'vscode';
import { ClaimComparisonService } from '../services/claimComparison';
import { registerClaimsEditor, type UniqueClaimsHighlight } from './claimsEditor';
import { registerClaimsExport } from './claimsExportCommand';
import { registerClaimsView, type ClaimsPanel } from './claimsView';
import type { FeatureDeps } from './deps';

export interface ClaimsApi {
  readonly service: ClaimComparisonService;
  readonly panel: ClaimsPanel;
  readonly highlight: UniqueClaimsHighlight;
}

export function registerClaims(context: vscode.ExtensionContext, deps: FeatureDeps): ClaimsApi {
  const service = new ClaimComparisonService(deps.comparison);
  context.subscriptions.push(service);
  const panel = registerClaimsView(context, service);
  const highlight = registerClaimsEditor(context, deps, service);
  registerClaimsExport(context, service);
  return { service, panel, highlight };
}
