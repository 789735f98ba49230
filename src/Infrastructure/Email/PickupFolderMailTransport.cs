using MimeKit;

namespace Campus.Infrastructure.Email;

internal sealed class PickupFolderMailTransport(MailPickupFolder folder) : IMailTransport
{
    public async Task SendAsync(long outboxMessageId, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Path);
        var target = folder.FileFor(outboxMessageId);
        var temporary = target + ".tmp";

        // Written aside and moved into place, so that a reader never sees half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }
}
