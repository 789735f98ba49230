namespace Campus.Infrastructure.Email;

/// <summary>The <c>mail-pickup</c> folder under the data folder: one <c>outbox-{id}.eml</c> per row when no SMTP host is set.</summary>
public sealed class MailPickupFolder(string path)
{
    public string Path { get; } = path;

    public string FileFor(long outboxMessageId) => System.IO.Path.Combine(Path, $"outbox-{outboxMessageId}.eml");
}
