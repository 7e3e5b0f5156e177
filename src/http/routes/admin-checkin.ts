import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { CheckinService } from '../../modules/checkin/service.js'
import type { Flash } from '../views/layout.js'

/** Flash codes of the check-in route (texts: `admin-flash-<code>` in locales/<lang>/checkin.ftl). */
export const CHECKIN_FLASH: Record<string, Flash['kind']> = {
  'checkin-sent': 'ok',
  'checkin-not-crisis': 'error',
  'checkin-unreachable': 'error',
  'checkin-already-sent': 'error',
  'checkin-note-too-long': 'error',
  'checkin-note-contact': 'error',
  'checkin-send-failed': 'error',
}

/** Textarea text: line breaks and tabs, never a NUL or another control character (as admin.ts's forms). */
const FORM_TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$'

/**
 * POST /admin/flags/:id/checkin — registered inside the dashboard plugin, so the session and CSRF hooks of
 * admin.ts apply as to every other form. The moderator names the flag; the user's chat stays server-side.
 */
export function registerCheckinRoutes(
  app: FastifyInstance,
  opts: { checkin: Pick<CheckinService, 'send'>; actor: (req: FastifyRequest) => string },
) {
  app.post<{ Params: { id: number }; Body: { note?: string } }>(
    '/admin/flags/:id/checkin',
    {
      schema: {
        params: {
          type: 'object',
          properties: { id: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
          required: ['id'],
        },
        body: {
          type: 'object',
          // characters, not graphemes: room for emoji; the service counts graphemes against 300
          properties: { note: { type: 'string', maxLength: 1200, pattern: FORM_TEXT } },
        },
      },
    },
    async (req, reply) => {
      const r = await opts.checkin.send({
        flagId: req.params.id,
        actor: opts.actor(req),
        note: req.body?.note,
      })
      const msg = r.ok ? 'checkin-sent' : r.reason === 'not-found' ? 'flag-not-found' : `checkin-${r.reason}`
      return reply.redirect(`/admin/flags?msg=${msg}`, 303)
    },
  )
}
