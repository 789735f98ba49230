namespace Campus.Domain.ChangeRequests;

/// <summary>One changed field: its value when the parent asked, and the value asked for.</summary>
public class ChangeRequestField
{
    public int Id { get; set; }
    public int ChangeRequestId { get; set; }

    /// <summary>The kind's own name for the field, e.g. "Street" or "contact:12:Phone".</summary>
    public required string Field { get; set; }

    public string? ValueAtSubmission { get; set; }
    public string? RequestedValue { get; set; }
    public FieldDecision Decision { get; set; }
}
