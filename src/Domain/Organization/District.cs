namespace Campus.Domain.Organization;

public class District
{
    public int Id { get; set; }
    public required string Name { get; set; }

    public List<School> Schools { get; set; } = [];
}
