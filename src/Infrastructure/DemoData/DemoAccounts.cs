namespace Campus.Infrastructure.DemoData;

/// <summary>The demo district's sign-in accounts; their password is the <c>Demo:Password</c> setting.</summary>
public static class DemoAccounts
{
    /// <summary>Guardian of two students at two schools; one of them also lives in a second household.</summary>
    public const string Parent = "parent@demo.campus.test";

    /// <summary>Guardian of another family.</summary>
    public const string Parent2 = "parent2@demo.campus.test";

    /// <summary>Staff at the elementary school only.</summary>
    public const string Staff = "staff@demo.campus.test";

    public const string Admin = "admin@demo.campus.test";
}
