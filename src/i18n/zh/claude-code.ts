// 关于 Claude Code 自身请求的中文措辞（src/claude-code/）。
import type { MessageEntry, Values } from '../catalog';
import { entry } from '../entry';
import type { claudeCodeFindings as en } from '../en/claude-code';

const version = (v: Values) => (v.version ? `Claude Code ${v.version}` : 'Claude Code');

const FALLBACK_REASONS: Record<string, string> = {
  offline: '本次运行使用了 --offline',
  disabled: '指定了 --no-client-capture',
  'not-installed': '没有找到可运行的 claude',
  unsupported: '这个 claude 缺少安全运行所需的参数（--safe-mode、--tools、--no-session-persistence、--settings）',
  'no-request': 'claude 没有向捕获服务器发送请求',
  timeout: 'claude 没有在时限内发出请求',
  failed: 'claude 无法启动',
};

export const claudeCodeFindings: Record<keyof typeof en, MessageEntry> = {
  'claude-code.request-observed': entry(
    (v) =>
      `请求内容取自 ${version(v)} 本身：诊断程序以安全模式运行了它一次，让它连到诊断程序在 127.0.0.1 上开的本地服务器。它发送的模型是 ${v.model}，User-Agent 为“${v.userAgent}”，凭据头为 ${(v.authHeaders as string[]).join(' 和 ') || '（无）'}。探测重放了这个请求。`,
  ),
  'claude-code.request-modelled': entry(
    (v) => `请求内容是按诊断程序掌握的 ${version(v)} 规则推算的（模型 ${v.model}），因为${FALLBACK_REASONS[v.capture as string] ?? v.capture}。`,
  ),
  'claude-code.other-request-claude-model': entry(
    (v) =>
      `Claude Code 还发送了 ${v.count} 个其他请求，其中用到 ${(v.models as string[]).join('、')}。Kimi 没有 claude-* 模型，这些请求会以 404 失败。`,
    () =>
      'Claude Code 用到的每个模型槽位都要填上 Kimi 模型：ANTHROPIC_DEFAULT_OPUS_MODEL、ANTHROPIC_DEFAULT_SONNET_MODEL、ANTHROPIC_DEFAULT_HAIKU_MODEL 和 CLAUDE_CODE_SUBAGENT_MODEL（见 model 检查）。',
  ),
};
