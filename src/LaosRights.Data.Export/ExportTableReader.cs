using System.Collections;
using System.Data.Common;

namespace LaosRights.Data;

/// <summary>
/// Presents an <see cref="ExportTable"/> as a forward-only <see cref="DbDataReader"/> of string columns,
/// the input Sylvan's <c>CsvDataWriter</c> takes. Missing values read as <see cref="DBNull"/>; <paramref name="cells"/>,
/// when given, rewrites every present value as it is read (see <see cref="CsvOptions.NeutralizeFormulas"/>).
/// </summary>
internal sealed class ExportTableReader(ExportTable table, Func<string, string>? cells = null) : DbDataReader, IDbColumnSchemaGenerator
{
    private int _row = -1;

    public override int FieldCount => table.Fields.Count;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int RecordsAffected => -1;

    public override bool HasRows => table.Rows.Count > 0;

    public override bool IsClosed => false;

    public override int Depth => 0;

    public System.Collections.ObjectModel.ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        Array.AsReadOnly<DbColumn>([.. table.Fields.Select((f, i) => new TextColumn(f.Name, i, !f.Required))]);

    public override bool Read() => ++_row < table.Rows.Count;

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => table.Fields[ordinal].Name;

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < table.Fields.Count; i++)
        {
            if (table.Fields[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), $"No column '{name}' in table '{table.Name}'.");
    }

    public override string GetDataTypeName(int ordinal) => "string";

    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => typeof(string);

    public override bool IsDBNull(int ordinal) => table.Rows[_row][ordinal] is null;

    public override string GetString(int ordinal) =>
        Cell(table.Rows[_row][ordinal]) ?? throw new InvalidOperationException($"The value of '{GetName(ordinal)}' is missing.");

    public override object GetValue(int ordinal) => (object?)Cell(table.Rows[_row][ordinal]) ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override IEnumerator GetEnumerator()
    {
        while (Read())
        {
            yield return this;
        }
    }

    public override bool GetBoolean(int ordinal) => throw NotString();

    public override byte GetByte(int ordinal) => throw NotString();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw NotString();

    public override char GetChar(int ordinal) => throw NotString();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var value = GetString(ordinal);
        if (buffer is null)
        {
            return value.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, value.Length - dataOffset));
        if (count > 0)
        {
            // string.CopyTo rejects a start past the end even for nothing to copy; an offset past the end reads nothing.
            value.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        }

        return count;
    }

    public override DateTime GetDateTime(int ordinal) => throw NotString();

    public override decimal GetDecimal(int ordinal) => throw NotString();

    public override double GetDouble(int ordinal) => throw NotString();

    public override float GetFloat(int ordinal) => throw NotString();

    public override Guid GetGuid(int ordinal) => throw NotString();

    public override short GetInt16(int ordinal) => throw NotString();

    public override int GetInt32(int ordinal) => throw NotString();

    public override long GetInt64(int ordinal) => throw NotString();

    private static InvalidCastException NotString() => new("Every column of an export table is text.");

    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal, bool allowNull)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            AllowDBNull = allowNull;
            DataType = typeof(string);
            DataTypeName = "string";
        }
    }

    private string? Cell(string? value) => value is null || cells is null ? value : cells(value);
}
