namespace Campus.Domain.Scheduling;

/// <summary>A slot of the school day, such as "Period 1, 8:00–8:50".</summary>
public class Period
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    public int Sequence { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
}
