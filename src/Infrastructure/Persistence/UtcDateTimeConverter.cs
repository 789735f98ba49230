using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Campus.Infrastructure.Persistence;

/// <summary>Every stored time is UTC; this marks values read back as UTC so that conversions stay correct.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
