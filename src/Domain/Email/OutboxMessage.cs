namespace Campus.Domain.Email;

/// <summary>
/// One email to one recipient, written in the same transaction as the change that caused it. The outbox is the
/// source of truth: a background job sends each row once, and a sweep picks up rows that were never dispatched.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Stable across retries, so that a receiving server can recognise a repeat.</summary>
    public required string MessageId { get; set; }

    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }
    public int? ChangeRequestId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When a send job was last enqueued for the row; null until then. The sweep looks for old nulls.</summary>
    public DateTime? DispatchedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
