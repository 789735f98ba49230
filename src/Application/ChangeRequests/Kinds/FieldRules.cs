using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Campus.Application.ChangeRequests.Kinds;

/// <summary>Normalizing and checking of the values parents type. Each returns (normalized value, message key or null).</summary>
public static partial class FieldRules
{
    public static (string? Value, string? ErrorKey) Text(string? value, bool required, int maxLength = 128)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : WhiteSpace().Replace(value.Trim(), " ");
        if (trimmed is null)
        {
            return (null, required ? FieldMessages.Required : null);
        }

        return trimmed.Length > maxLength ? (trimmed, FieldMessages.TooLong) : (trimmed, null);
    }

    public static (string? Value, string? ErrorKey) PersonName(string? value, bool required)
    {
        var (text, error) = Text(value, required, 64);
        return error is null && text is not null && !NamePattern().IsMatch(text) ? (text, FieldMessages.Name) : (text, error);
    }

    public static (string? Value, string? ErrorKey) Street(string? value)
    {
        var (text, error) = Text(value, required: true);
        return error is null && !text!.Any(char.IsLetter) ? (text, FieldMessages.Street) : (text, error);
    }

    public static (string? Value, string? ErrorKey) State(string? value)
    {
        var (text, error) = Text(value, required: true, 64);
        if (error is not null)
        {
            return (text, error);
        }

        return StatePattern().IsMatch(text!) ? (text!.ToUpperInvariant(), null) : (text, FieldMessages.State);
    }

    public static (string? Value, string? ErrorKey) PostalCode(string? value)
    {
        var (text, error) = Text(value, required: true, 10);
        return error is null && !PostalCodePattern().IsMatch(text!) ? (text, FieldMessages.PostalCode) : (text, error);
    }

    /// <summary>Accepts a North American number in any usual spelling and writes it as (303) 555-0110.</summary>
    public static (string? Value, string? ErrorKey) Phone(string? value, bool required)
    {
        var (text, error) = Text(value, required, 32);
        if (error is not null || text is null)
        {
            return (text, error);
        }

        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        if (digits.Length != 10 || digits[0] is '0' or '1' || text.Any(c => char.IsLetter(c)))
        {
            return (text, FieldMessages.Phone);
        }

        return ($"({digits[..3]}) {digits[3..6]}-{digits[6..]}", null);
    }

    public static (string? Value, string? ErrorKey) Email(string? value, bool required)
    {
        var (text, error) = Text(value, required, 254);
        if (error is not null || text is null)
        {
            return (text, error);
        }

        var valid = MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal)
            && text.LastIndexOf('.') > text.IndexOf('@', StringComparison.Ordinal);
        return valid ? (text.ToLowerInvariant(), null) : (text, FieldMessages.Email);
    }

    public static (string? Value, string? ErrorKey) Date(string? value, bool required)
    {
        var (text, error) = Text(value, required, 10);
        if (error is not null || text is null)
        {
            return (text, error);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
            : (text, FieldMessages.Date);
    }

    public static (string? Value, string? ErrorKey) BirthDate(string? value, DateOnly today)
    {
        var (text, error) = Date(value, required: true);
        if (error is not null)
        {
            return (text, error);
        }

        var date = DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return date > today.AddYears(-2) || date < today.AddYears(-25) ? (text, FieldMessages.BirthDate) : (text, null);
    }

    public static (string? Value, string? ErrorKey) Choice(string? value, IEnumerable<string> allowed)
    {
        var (text, error) = Text(value, required: true);
        return error is null && !allowed.Contains(text, StringComparer.Ordinal) ? (text, FieldMessages.Choice) : (text, error);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{M} '\-\.]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex PostalCodePattern();
}
