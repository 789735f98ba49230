using MailKit.Net.Smtp;
using MimeKit;

namespace Campus.Infrastructure.Email;

/// <summary>Why a send failed, in words safe to store and show (no bodies, no credentials), and whether retrying can help.</summary>
public sealed record SendFailure(bool IsPermanent, string Reason)
{
    private const int MaxReasonLength = 1000;

    public static SendFailure From(Exception exception)
    {
        var (permanent, reason) = exception switch
        {
            // 5xx: the server refused for good (recipient unknown, message rejected). 4xx: try again later.
            SmtpCommandException e => ((int)e.StatusCode >= 500, $"{(int)e.StatusCode} {e.ErrorCode}: {e.Message}"),

            // A malformed address or message fails the same way every time.
            ParseException or FormatException or ArgumentException => (true, $"{exception.GetType().Name}: {exception.Message}"),

            // Connection refused, socket errors, disconnects, protocol errors, TLS and authentication trouble, timeouts.
            _ => (false, $"{exception.GetType().Name}: {exception.Message}"),
        };
        return new SendFailure(permanent, reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength]);
    }
}
