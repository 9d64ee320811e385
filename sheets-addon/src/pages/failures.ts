/**
 * Why a google.script.run call failed, from what the failure handler receives, and what the teacher can do.
 * Only a lost connection is worth retrying by itself. Being signed into several Google accounts makes Apps Script
 * refuse every call ("…reading from storage. Error code PERMISSION_DENIED", "Authorization is required to perform
 * that action"): a known limitation (https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple,
 * https://issuetracker.google.com/issues/69270374). A permission the user did not grant ("You do not have
 * permission to call …") needs them to open the add-on again and allow it. Retrying either would only queue
 * awards forever.
 */
import type { Lang, Localized } from '../../../shared/i18n/localized.ts';

export type FailureKind = 'several-accounts' | 'permission' | 'connection';

export const classifyFailure = (message: string): FailureKind => {
  if (
    /PERMISSION_DENIED|reading from storage|Authorization is required|multiple accounts|多个帐号|多个账号/i.test(
      message,
    )
  )
    return 'several-accounts';
  if (/You do not have permission to call|Required permissions?:|没有权限/i.test(message)) return 'permission';
  return 'connection';
};

export const retryable = (kind: FailureKind): boolean => kind === 'connection';

const ADVICE: Record<FailureKind, Localized> = {
  'several-accounts': {
    zh: 'Google 拒绝了这次操作：您的浏览器同时登录了多个 Google 账号。请退出其他账号只留一个，或在浏览器的另一个用户资料（或无痕窗口）里只登录这一个账号打开表格，再从菜单“扩展程序 › 互助”重新打开。',
    en: 'Google refused this: your browser is signed into several Google accounts. Sign out of the others, or open the spreadsheet in another browser profile (or a private window) signed into this account only, then open Huzhu again from Extensions › Huzhu.',
  },
  permission: {
    zh: '互助还没有得到所需的许可。请从菜单“扩展程序 › 互助”重新打开，在授权页面勾选全部许可。',
    en: 'Huzhu has not been given the permissions it needs. Open it again from Extensions › Huzhu and tick every permission on the consent page.',
  },
  connection: {
    zh: '连不上 Google，正在重试…',
    en: 'Cannot reach Google; retrying…',
  },
};

/** What to tell the teacher (and what to do) for a failure of this kind. */
export const adviceFor = (kind: FailureKind, lang: Lang): string => ADVICE[kind][lang];
