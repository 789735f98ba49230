namespace Campus.Domain.Organization;

/// <summary>Grade levels as numbers: -1 is pre-kindergarten, 0 kindergarten, 1 to 12 the grades.</summary>
public static class GradeLevel
{
    public const int PreKindergarten = -1;
    public const int Kindergarten = 0;
    public const int Twelfth = 12;

    public static bool IsValid(int grade) => grade is >= PreKindergarten and <= Twelfth;

    public static string Code(int grade) => grade switch
    {
        PreKindergarten => "PK",
        Kindergarten => "K",
        _ => grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
