namespace Campus.Domain.Auditing;

/// <summary>Who did (or was refused) what, when. Never holds secrets or health data.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? Detail { get; set; }
}
