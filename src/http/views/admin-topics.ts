import type { TopicRow } from '../../db/schema/index.js'
import { html } from './html.js'
import { csrfField, layout } from './layout.js'
import { type Page, scroll } from './parts.js'

/**
 * The topic catalogue as one table: a header row, one row per topic. A `<form>` cannot span table cells,
 * so each row's form is empty and its fields point at it with the `form` attribute. Names are textareas
 * so a long name wraps instead of being cut off.
 */
export function topicsPage(p: Page & { topics: TopicRow[] }): string {
  const t = p.t
  const csrf = csrfField(p.session.csrf)
  const nextSort = (p.topics.at(-1)?.sort ?? 0) + 10
  return layout(
    { ...p, title: t('admin-nav-topics'), active: 'topics' },
    html`<h1>${t('admin-topics-heading')}</h1>
<p class="muted">${t('admin-topics-help')}</p>
${p.topics.map(
  (tp) =>
    html`<form method="post" action="/admin/topics/${tp.id}" id="topic-${tp.id}" data-topic="${tp.slug}">${csrf}</form>`,
)}
<form method="post" action="/admin/topics" id="topic-new">${csrf}</form>
${scroll(html`<table class="topics">
<colgroup><col style="width:15%"><col style="width:11%"><col style="width:27%"><col style="width:27%"><col style="width:9%"><col style="width:11%"></colgroup>
<thead><tr><th>${t('admin-topics-slug')}</th><th>${t('admin-topics-emoji')}</th><th>${t('admin-topics-name-ru')}</th><th>${t('admin-topics-name-en')}</th><th>${t('admin-topics-sort')}</th><th>${t('admin-topics-active')}</th></tr></thead>
<tbody>${p.topics.map(
  (tp) => html`<tr data-topic-row="${tp.slug}">
  <td><code>${tp.slug}</code></td>
  <td><input form="topic-${tp.id}" type="text" name="emoji" value="${tp.emoji}" maxlength="16" aria-label="${t('admin-topics-emoji')}"></td>
  <td><textarea form="topic-${tp.id}" name="nameRu" maxlength="80" rows="2" required aria-label="${t('admin-topics-name-ru')}">${tp.nameRu}</textarea></td>
  <td><textarea form="topic-${tp.id}" name="nameEn" maxlength="80" rows="2" required aria-label="${t('admin-topics-name-en')}">${tp.nameEn}</textarea></td>
  <td><input form="topic-${tp.id}" type="number" name="sort" value="${tp.sort}" aria-label="${t('admin-topics-sort')}"></td>
  <td><label><input form="topic-${tp.id}" type="checkbox" name="active" value="1"${tp.active ? html` checked` : null}> ${t('admin-topics-active')}</label>
    <button form="topic-${tp.id}" type="submit">${t('admin-topics-save')}</button></td>
</tr>`,
)}
<tr class="new">
  <td><input form="topic-new" type="text" name="slug" placeholder="${t('admin-topics-slug-placeholder')}" pattern="[a-z0-9_]{2,40}" required aria-label="${t('admin-topics-slug')}"></td>
  <td><input form="topic-new" type="text" name="emoji" maxlength="16" aria-label="${t('admin-topics-emoji')}"></td>
  <td><textarea form="topic-new" name="nameRu" maxlength="80" rows="2" required placeholder="Название" aria-label="${t('admin-topics-name-ru')}"></textarea></td>
  <td><textarea form="topic-new" name="nameEn" maxlength="80" rows="2" required placeholder="Name" aria-label="${t('admin-topics-name-en')}"></textarea></td>
  <td><input form="topic-new" type="number" name="sort" value="${nextSort}" aria-label="${t('admin-topics-sort')}"></td>
  <td><button form="topic-new" class="primary" type="submit">${t('admin-topics-add')}</button></td>
</tr></tbody></table>`)}`,
  )
}
