namespace Campus.Application.Email;

public static class OutboxMessageIds
{
    /// <summary>A Message-ID for a new outbox row; it stays the same on every retry of that row.</summary>
    public static string New(string domain) => $"<{Guid.NewGuid():N}@{domain}>";
}
