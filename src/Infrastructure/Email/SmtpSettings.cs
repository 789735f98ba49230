using MailKit.Security;
using MimeKit;
using Microsoft.Extensions.Configuration;

namespace Campus.Infrastructure.Email;

/// <summary>The <c>Smtp:*</c> settings. No <see cref="Host"/> means mail goes to the pickup folder instead.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public string? UserName { get; init; }
    public string? Password { get; init; }
    public required MailboxAddress From { get; init; }
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.Auto;

    /// <summary>Connections kept open between sends; 0 opens one connection per message.</summary>
    public int MaxIdleConnections { get; init; } = 10;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Smtp");
        return new SmtpSettings
        {
            Host = section["Host"],
            Port = section.GetValue("Port", 25),
            UserName = section["UserName"],
            Password = section["Password"],
            From = MailboxAddress.Parse(section["From"] is { Length: > 0 } from ? from : "Campus <no-reply@campus.local>"),
            Security = Enum.Parse<SecureSocketOptions>(section["Security"] is { Length: > 0 } security ? security : nameof(SecureSocketOptions.Auto), ignoreCase: true),
            MaxIdleConnections = section.GetValue("MaxIdleConnections", 10),
        };
    }
}
