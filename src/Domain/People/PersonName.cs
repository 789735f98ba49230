namespace Campus.Domain.People;

public static class PersonName
{
    public static string Format(string first, string? middle, string last) =>
        string.IsNullOrWhiteSpace(middle) ? $"{first} {last}" : $"{first} {middle} {last}";
}
