using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Fulfillment.ServiceDefaults.DataProtection;

/// <summary>
/// ASP.NET Core's data-protection keys kept in the service's own PostgreSQL database, so that what they protect
/// (session cookies, anti-forgery tokens, the sign-in flow's state) survives a restart and is readable by every
/// replica. A key is written once and never changed; the key manager retires old keys by writing new ones.
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public const string Table = "data_protection.keys";

    private const string CreateTable =
        """
        CREATE SCHEMA IF NOT EXISTS data_protection;
        CREATE TABLE IF NOT EXISTS data_protection.keys (
            friendly_name text PRIMARY KEY,
            xml text NOT NULL,
            stored_at timestamptz NOT NULL DEFAULT now());
        """;

    private volatile bool _tableCreated;

    // IXmlRepository is synchronous; the key manager calls it rarely (at start, then about once a day).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        using var command = dataSource.CreateCommand($"SELECT xml FROM {Table} ORDER BY stored_at");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        using var command = dataSource.CreateCommand(
            $"INSERT INTO {Table} (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    // Until the table is known to exist it is created (idempotently); a failed attempt is tried again next time.
    private void EnsureTable()
    {
        if (_tableCreated)
        {
            return;
        }

        try
        {
            using var command = dataSource.CreateCommand(CreateTable);
            command.ExecuteNonQuery();
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.DuplicateSchema or PostgresErrorCodes.DuplicateTable)
        {
            // Another replica created it at the same moment.
        }

        _tableCreated = true;
    }
}
