package org.reelpress.wordpress;

import java.util.Map;

/** The first reading of an export: notes each attachment and where its file will be served from; writes nothing. */
final class AttachmentScan implements Wxr.Visitor {

    private final Map<Long, ImportRun.Attachment> attachments;
    private final UploadedFiles files;

    AttachmentScan(Map<Long, ImportRun.Attachment> attachments, UploadedFiles files) {
        this.attachments = attachments;
        this.files = files;
    }

    @Override
    public void item(Wxr.Item item) {
        if (!item.type().equals("attachment")) {
            return;
        }
        String url = item.attachmentUrl().isBlank() ? item.guid() : item.attachmentUrl();
        String relative = files.relativePath(item.meta().getOrDefault("_wp_attached_file", ""), url);
        String shown = relative == null ? url : UploadedFiles.PATH + relative;
        attachments.put(item.id(), new ImportRun.Attachment(item.id(), item.parent(), item.title(), url, relative, shown));
    }
}
