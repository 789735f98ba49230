namespace Campus.Plugins.Locker.Data;

/// <summary>A physical locker in a school. <see cref="SchoolId"/> refers to a core School row by id.</summary>
public class Locker
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Number { get; set; }
    public required string Location { get; set; }
    public required string Combination { get; set; }
}
