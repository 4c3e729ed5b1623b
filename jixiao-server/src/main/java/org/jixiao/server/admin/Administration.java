package org.jixiao.server.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.Scheme;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.jixiao.server.codes.CodeListEntries;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYear;
import org.jixiao.server.years.FiscalYears;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an administrator changes, with the rule "管理员 only" applied to every call and an audit entry (before and
 * after) written in the same transaction as every change. Input is checked completely before anything is written;
 * a refusal says what is wrong and how to put it right.
 */
@Service
public class Administration {

    static final int MIN_PASSWORD = 8;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private final Accounts accounts;
    private final Districts districts;
    private final Units units;
    private final FiscalYears years;
    private final CodeListEntries codes;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    Administration(Accounts accounts, Districts districts, Units units, FiscalYears years, CodeListEntries codes,
            AuditLog audit, PasswordEncoder encoder, TransactionTemplate transaction,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.accounts = accounts;
        this.districts = districts;
        this.units = units;
        this.years = years;
        this.codes = codes;
        this.audit = audit;
        this.encoder = encoder;
        this.transaction = transaction;
        this.sessions = sessions;
    }

    // ---- fiscal years -------------------------------------------------------------------------------------------

    public List<FiscalYear> years(Account who) {
        requireAdmin(who);
        return years.all();
    }

    /** Sets up a new fiscal year, open for reporting. */
    public FiscalYear addYear(Account who, int year) {
        requireAdmin(who);
        if (year < 2000 || year > 2100) throw new Invalid("年度 " + year + " 不在 2000–2100 之间，请改正。");
        if (years.byYear(year).isPresent()) throw new Conflict(year + "年度已存在；如需开放或关闭请在年度列表中操作。");
        return transaction.execute(status -> {
            FiscalYear added = years.ensure(year);
            audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_YEAR", "年度 " + year, "新增年度", null, "开放"));
            return added;
        });
    }

    /** Opens or closes a year: a closed year accepts no new reports and freezes its reports (years.ClosedYears). */
    public void setYearOpen(Account who, int year, boolean open) {
        requireAdmin(who);
        FiscalYear before = years.byYear(year).orElseThrow(() -> new NotFound("没有" + year + "年度；请先新增该年度。"));
        if (before.open() == open) return;
        transaction.executeWithoutResult(status -> {
            years.setOpen(year, open);
            audit.record(AuditEntry.general(who.username(), open ? "ADMIN_OPEN_YEAR" : "ADMIN_CLOSE_YEAR", "年度 " + year,
                    open ? "开放年度" : "关闭年度", before.open() ? "开放" : "关闭", open ? "开放" : "关闭"));
        });
    }

    // ---- districts and units ------------------------------------------------------------------------------------

    public List<District> districts(Account who) {
        requireAdmin(who);
        return districts.all();
    }

    public District addDistrict(Account who, String code, String name, String region) {
        requireAdmin(who);
        String c = code(code, "区编码");
        String n = name(name, "区名称", 200);
        String r = region == null || region.isBlank() ? null : name(region, "所属地区", 200);
        if (districts.byCode(c).isPresent()) throw new Conflict("区编码“" + c + "”已存在，请换一个编码。");
        return transaction.execute(status -> {
            District added = districts.add(c, n, r);
            audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_DISTRICT", "区 " + c, "新增区", null, n));
            return added;
        });
    }

    public void renameDistrict(Account who, long id, String name) {
        requireAdmin(who);
        District before = districts.byId(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的区。"));
        String n = name(name, "区名称", 200);
        if (n.equals(before.name())) return;
        transaction.executeWithoutResult(status -> {
            districts.rename(id, n);
            audit.record(AuditEntry.general(who.username(), "ADMIN_RENAME_DISTRICT", "区 " + before.code(), "区改名", before.name(), n));
        });
    }

    /** Every unit with its district, by district code and unit code. */
    public List<UnitRow> units(Account who) {
        requireAdmin(who);
        List<UnitRow> rows = new ArrayList<>();
        for (District d : districts.all()) units.inDistrict(d.id()).forEach(u -> rows.add(new UnitRow(u, d)));
        return rows;
    }

    public Unit addUnit(Account who, String code, String name, long districtId) {
        requireAdmin(who);
        String c = code(code, "单位编码");
        String n = name(name, "单位名称", 200);
        District district = districts.byId(districtId).orElseThrow(() -> new Invalid("请选择单位所属的区。"));
        units.byCode(c).ifPresent(u -> {
            throw new Conflict("单位编码“" + c + "”已被“" + u.name() + "”使用，请换一个编码。");
        });
        return transaction.execute(status -> {
            Unit added = units.add(c, n, district.id());
            audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_UNIT", "单位 " + c, "新增单位（" + district.name() + "）", null, n));
            return added;
        });
    }

    public void renameUnit(Account who, long id, String name) {
        requireAdmin(who);
        Unit before = units.byId(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的单位。"));
        String n = name(name, "单位名称", 200);
        if (n.equals(before.name())) return;
        transaction.executeWithoutResult(status -> {
            units.rename(id, n);
            audit.record(AuditEntry.general(who.username(), "ADMIN_RENAME_UNIT", "单位 " + before.code(), "单位改名", before.name(), n));
        });
    }

    /**
     * Imports units from a CSV (单位编码,单位名称,区编码[,区名称]). Every line is checked first; if any is bad,
     * nothing is written and the refusal lists each bad line with what to do. A line for a unit that already
     * exists with the same name and district is counted as unchanged; a new district is created when its name is given.
     */
    public UnitImport importUnits(Account who, byte[] csv) {
        requireAdmin(who);
        if (csv == null || csv.length == 0) throw new Invalid("请选择要导入的 CSV 文件（单位编码,单位名称,区编码[,区名称]）。");
        UnitCsv.Parsed parsed = UnitCsv.parse(csv);
        List<String> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> unitLines = new HashMap<>();
        Map<String, String> newDistricts = new HashMap<>(); // code → name
        Map<String, Integer> newDistrictLines = new HashMap<>();
        List<UnitCsv.Line> toAdd = new ArrayList<>();
        int unchanged = 0;
        for (UnitCsv.Line line : parsed.lines()) {
            String at = "第" + line.number() + "行：";
            List<String> lineProblems = new ArrayList<>();
            if (!CODE.matcher(line.unitCode()).matches()) {
                lineProblems.add(at + "单位编码“" + line.unitCode() + "”无效，只能由字母、数字和 . _ - 组成（最长64位），请改正。");
            }
            if (line.unitName().isEmpty()) lineProblems.add(at + "单位名称为空，请填写。");
            else if (line.unitName().length() > 200) lineProblems.add(at + "单位名称超过200字，请缩短。");
            if (!CODE.matcher(line.districtCode()).matches()) {
                lineProblems.add(at + "区编码“" + line.districtCode() + "”无效，只能由字母、数字和 . _ - 组成（最长64位），请改正。");
            }
            Integer earlier = unitLines.putIfAbsent(line.unitCode(), line.number());
            if (earlier != null) lineProblems.add(at + "单位编码“" + line.unitCode() + "”与第" + earlier + "行重复，请删去重复的行。");
            Optional<District> district = lineProblems.isEmpty() ? districts.byCode(line.districtCode()) : Optional.empty();
            if (lineProblems.isEmpty()) {
                if (district.isPresent()) {
                    if (!line.districtName().isEmpty() && !line.districtName().equals(district.get().name())) {
                        lineProblems.add(at + "区编码“" + line.districtCode() + "”已存在，名称为“" + district.get().name() + "”，与本行的“"
                                + line.districtName() + "”不同；请改正区名称或把第4列留空。");
                    }
                } else if (line.districtName().isEmpty() && !newDistricts.containsKey(line.districtCode())) {
                    lineProblems.add(at + "区编码“" + line.districtCode() + "”不存在；请先在“区与单位”中新增该区，或在第4列写上区名称以便一并新建。");
                } else if (!line.districtName().isEmpty()) {
                    String known = newDistricts.putIfAbsent(line.districtCode(), line.districtName());
                    newDistrictLines.putIfAbsent(line.districtCode(), line.number());
                    if (known != null && !known.equals(line.districtName())) {
                        lineProblems.add(at + "新区“" + line.districtCode() + "”的名称“" + line.districtName() + "”与第"
                                + newDistrictLines.get(line.districtCode()) + "行的“" + known + "”不同，请统一。");
                    }
                }
            }
            if (lineProblems.isEmpty()) {
                Optional<Unit> existing = units.byCode(line.unitCode());
                if (existing.isPresent()) {
                    Unit u = existing.get();
                    boolean same = u.name().equals(line.unitName()) && district.isPresent() && district.get().id() == u.districtId();
                    if (same) {
                        unchanged++;
                        continue;
                    }
                    String where = districts.byId(u.districtId()).map(District::code).orElse("?");
                    lineProblems.add(at + "单位编码“" + line.unitCode() + "”已存在（“" + u.name() + "”，区 " + where
                            + "）；如需改名请在单位列表中修改，或删去此行。");
                }
            }
            if (lineProblems.isEmpty()) toAdd.add(line);
            problems.addAll(lineProblems);
        }
        if (!problems.isEmpty()) {
            throw new Invalid("导入未执行，没有写入任何单位：文件中有 " + problems.size() + " 处问题，请改正后重新导入。"
                    + problems.get(0), problems);
        }
        int uncounted = unchanged;
        return transaction.execute(status -> {
            Map<String, District> created = new HashMap<>();
            for (var d : newDistricts.entrySet()) {
                District added = districts.add(d.getKey(), d.getValue(), null);
                created.put(d.getKey(), added);
                audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_DISTRICT", "区 " + d.getKey(), "导入单位时新增", null, d.getValue()));
            }
            List<String> codesAdded = new ArrayList<>();
            for (UnitCsv.Line line : toAdd) {
                District d = created.containsKey(line.districtCode()) ? created.get(line.districtCode())
                        : districts.byCode(line.districtCode()).orElseThrow();
                units.add(line.unitCode(), line.unitName(), d.id());
                codesAdded.add(line.unitCode());
                audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_UNIT", "单位 " + line.unitCode(),
                        "导入单位（第" + line.number() + "行，" + d.name() + "）", null, line.unitName()));
            }
            audit.record(AuditEntry.general(who.username(), "ADMIN_IMPORT_UNITS", "单位导入",
                    "新增单位 " + toAdd.size() + " 个、区 " + created.size() + " 个，已存在 " + uncounted + " 个（" + parsed.charset() + "）", null,
                    String.join(",", codesAdded)));
            return new UnitImport(toAdd.size(), created.size(), uncounted, parsed.charset(), codesAdded);
        });
    }

    // ---- accounts -----------------------------------------------------------------------------------------------

    public List<UserRow> users(Account who) {
        requireAdmin(who);
        return accounts.all().stream().map(a -> new UserRow(a, accounts.passwordHash(a.username()).isPresent(), scopeLabel(a.scope()))).toList();
    }

    public Account createUser(Account who, NewUser user) {
        requireAdmin(who);
        if (user == null) throw new Invalid("请填写用户信息。");
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new Invalid("用户名“" + username + "”无效：请用2–64位字母、数字或 . _ -。");
        }
        String displayName = name(user.displayName(), "姓名", 100);
        if (user.role() == null) throw new Invalid("请选择角色。");
        Scope scope = switch (user.role()) {
            case UNIT_PREPARER, UNIT_HEAD -> {
                if (user.unitCode() == null || user.unitCode().isBlank()) throw new Invalid(user.role().label() + "须属于一个单位：请选择单位。");
                yield new Scope.OfUnit(units.byCode(user.unitCode().strip())
                        .orElseThrow(() -> new Invalid("没有编码为“" + user.unitCode().strip() + "”的单位，请从列表中选择。")).id());
            }
            case REVIEWER -> {
                if (user.districtCode() == null || user.districtCode().isBlank()) throw new Invalid("财政审核人须负责一个区：请选择区。");
                yield new Scope.OfDistrict(districts.byCode(user.districtCode().strip())
                        .orElseThrow(() -> new Invalid("没有编码为“" + user.districtCode().strip() + "”的区，请从列表中选择。")).id());
            }
            case ADMIN -> new Scope.Everywhere();
        };
        String hash = encoder.encode(password(user.password()));
        if (accounts.byUsername(username).isPresent()) throw new Conflict("用户名“" + username + "”已被使用，请换一个。");
        Account account = Account.unsaved(username, displayName, user.role(), scope);
        return transaction.execute(status -> {
            Account added = accounts.add(account, hash);
            audit.record(AuditEntry.general(who.username(), "ADMIN_CREATE_USER", "用户 " + username, "新建用户", null,
                    displayName + "，" + user.role().label() + "，" + scopeLabel(scope)));
            return added;
        });
    }

    /** Sets a new password (at least 8 characters); the account's open sessions end. Also re-enables a disabled account. */
    public void resetPassword(Account who, String username, String password) {
        requireAdmin(who);
        Account account = existing(username);
        String hash = encoder.encode(password(password));
        boolean wasEnabled = accounts.passwordHash(account.username()).isPresent();
        transaction.executeWithoutResult(status -> {
            accounts.setPasswordHash(account.username(), hash);
            audit.record(AuditEntry.general(who.username(), "ADMIN_RESET_PASSWORD", "用户 " + account.username(), "重设密码",
                    wasEnabled ? "启用" : "停用", "启用（新密码）"));
        });
        if (!account.username().equals(who.username())) endSessions(account.username());
    }

    /** Disables an account: its password is removed, so it cannot sign in, and its open sessions end. */
    public void disable(Account who, String username) {
        requireAdmin(who);
        Account account = existing(username);
        if (account.username().equals(who.username())) throw new Conflict("不能停用自己的账号；请由另一位管理员操作。");
        if (accounts.passwordHash(account.username()).isEmpty()) return;
        transaction.executeWithoutResult(status -> {
            accounts.setPasswordHash(account.username(), null);
            audit.record(AuditEntry.general(who.username(), "ADMIN_DISABLE_USER", "用户 " + account.username(), "停用用户", "启用", "停用"));
        });
        endSessions(account.username());
    }

    public void removeUser(Account who, String username) {
        requireAdmin(who);
        Account account = existing(username);
        if (account.username().equals(who.username())) throw new Conflict("不能删除自己的账号；请由另一位管理员操作。");
        transaction.executeWithoutResult(status -> {
            accounts.remove(account.username());
            audit.record(AuditEntry.general(who.username(), "ADMIN_REMOVE_USER", "用户 " + account.username(), "删除用户",
                    account.displayName() + "，" + account.role().label() + "，" + scopeLabel(account.scope()), null));
        });
        endSessions(account.username());
    }

    // ---- code lists and audit log -------------------------------------------------------------------------------

    /** A year's list of a scheme, narrowed to the codes starting with or names containing {@code query}. */
    public List<CodeEntry> codes(Account who, int year, Scheme scheme, String query) {
        requireAdmin(who);
        List<CodeEntry> all = codes.entries(year, scheme);
        if (query == null || query.isBlank()) return all;
        String q = query.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(e -> e.code().startsWith(q) || e.name().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    public List<AuditEntry> audit(Account who, AuditQuery query) {
        requireAdmin(who);
        return audit.find(query);
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    static void requireAdmin(Account who) {
        if (who == null || who.role() != Role.ADMIN) throw new Forbidden("只有管理员可以进行系统管理。");
    }

    private Account existing(String username) {
        return accounts.byUsername(username == null ? "" : username.strip()).orElseThrow(() -> new NotFound("没有用户“" + username + "”。"));
    }

    private void endSessions(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) return;
        repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
    }

    private String scopeLabel(Scope scope) {
        if (scope instanceof Scope.OfUnit u) return "单位：" + units.byId(u.unitId()).map(Unit::name).orElse("#" + u.unitId());
        if (scope instanceof Scope.OfDistrict d) return "区：" + districts.byId(d.districtId()).map(District::name).orElse("#" + d.districtId());
        return "全部";
    }

    private static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new Invalid("密码至少 " + MIN_PASSWORD + " 个字符，请设置更长的密码。");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) throw new Invalid("密码过长（超过72字节），请缩短。");
        return password;
    }

    private static String code(String code, String what) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) throw new Invalid(what + "“" + c + "”无效：请用1–64位字母、数字或 . _ -。");
        return c;
    }

    private static String name(String name, String what, int max) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new Invalid(what + "不能为空，请填写。");
        if (n.length() > max) throw new Invalid(what + "超过" + max + "字，请缩短。");
        if (n.chars().anyMatch(Character::isISOControl)) throw new Invalid(what + "含有控制字符，请删去。");
        return n;
    }
}
