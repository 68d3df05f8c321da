using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// Sees whether anything stored changed, with plain SQL on the SQLite file (not through our repositories):
/// <c>PRAGMA data_version</c> moves whenever another connection commits, and then <see cref="Hash"/> (every row of
/// every table, sorted) tells whether the content really differs.
/// </summary>
public sealed class DatabaseWatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private long _version;

    public DatabaseWatch(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _connection.Open();
        _version = DataVersion();
        Current = Hash();
    }

    /// <summary>The hash of the last state seen.</summary>
    public string Current { get; private set; }

    /// <summary>Reads the state again if something was committed since the last look; true when the content changed.</summary>
    public bool Changed()
    {
        var version = DataVersion();
        if (version == _version)
        {
            return false;
        }
        _version = version;
        var hash = Hash();
        var changed = hash != Current;
        Current = hash;
        return changed;
    }

    public string Hash()
    {
        var all = new StringBuilder();
        foreach (var table in Strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            all.Append(table).Append('\n');
            var rows = new List<string>();
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }
                rows.Add(row.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            rows.ForEach(r => all.Append(r).Append('\n'));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }

    private long DataVersion()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    public void Dispose() => _connection.Dispose();
}
