namespace Campus.Domain.Organization;

/// <summary>The grades a school teaches, lowest to highest inclusive.</summary>
public sealed record GradeSpan
{
    public GradeSpan(int lowest, int highest)
    {
        if (!GradeLevel.IsValid(lowest) || !GradeLevel.IsValid(highest) || lowest > highest)
        {
            throw new ArgumentOutOfRangeException(nameof(lowest), $"Invalid grade span {lowest}..{highest}.");
        }

        Lowest = lowest;
        Highest = highest;
    }

    public int Lowest { get; }
    public int Highest { get; }

    public bool Contains(int grade) => grade >= Lowest && grade <= Highest;

    public override string ToString() => $"{GradeLevel.Code(Lowest)}–{GradeLevel.Code(Highest)}";
}
