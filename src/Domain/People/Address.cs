namespace Campus.Domain.People;

/// <summary>A postal address; a value object stored inside its owner's row.</summary>
public sealed record Address(string Street, string? Line2, string City, string State, string PostalCode)
{
    public override string ToString() =>
        string.Join(", ", new[] { Street, Line2, City, $"{State} {PostalCode}" }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
