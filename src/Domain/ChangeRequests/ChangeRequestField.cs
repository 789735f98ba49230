namespace Campus.Domain.ChangeRequests;

/// <summary>One changed field: its value when the parent asked, and the value asked for.</summary>
public class ChangeRequestField
{
    public int Id { get; set; }
    public int ChangeRequestId { get; set; }

    /// <summary>The kind's own name for the field, e.g. "Street" or "contact:12:Phone".</summary>
    public required string Field { get; set; }

    /// <summary>Resource key of the field's label in its kind's resources, e.g. "Phone".</summary>
    public required string Label { get; set; }

    /// <summary>Whose field it is when a form has several (an emergency contact's name), as it was when asked.</summary>
    public string? Subject { get; set; }

    public string? ValueAtSubmission { get; set; }
    public string? RequestedValue { get; set; }
    public FieldDecision Decision { get; set; }
}
