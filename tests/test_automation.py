"""The files that run the portal on a schedule: checked, not just present."""
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import CASE_HEADER, GOOD_CASE, ROOT


def _check_schema(schema: str, *files):
    exe = shutil.which("check-jsonschema")
    assert exe, "check-jsonschema is a test dependency"
    result = subprocess.run([exe, "--builtin-schema", schema, *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_github_workflows_match_the_workflow_schema():
    _check_schema("vendor.github-workflows", *sorted((ROOT / ".github" / "workflows").glob("*.yml")))


def test_gitlab_ci_matches_its_schema():
    _check_schema("vendor.gitlab-ci", ROOT / ".gitlab-ci.yml")


def _steps(workflow: dict) -> list[str]:
    return [step.get("run", "") for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_pull_requests_are_validated_with_annotations():
    workflow = yaml.safe_load((ROOT / ".github/workflows/validate.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]        # YAML 1.1 reads the key `on` as True
    assert "portal validate --format github" in _steps(workflow)


def test_publishing_runs_on_push_and_daily_after_midnight_china_time():
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]
    assert triggers["push"]["branches"] == ["main"]
    minute, hour, *rest = triggers["schedule"][0]["cron"].split()
    assert rest == ["*", "*", "*"] and (int(hour) + 8) % 24 == 0 and int(minute) < 60   # 00:mm in UTC+8
    steps = _steps(workflow)
    assert "portal build --out site" in steps and "portal audit site" in steps


def test_gitlab_publishes_from_the_default_branch_and_schedules():
    ci = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert "portal build --out public" in ci["pages"]["script"]
    conditions = [r["if"] for r in ci["pages"]["rules"]]
    assert '$CI_PIPELINE_SOURCE == "schedule"' in conditions
    assert "portal validate" in ci["validate"]["script"]


NEW_SITE = ROOT / "site_templates" / "new_site"


@pytest.mark.parametrize("github, gitlab", [
    (ROOT / ".github/workflows/publish.yml", ROOT / ".gitlab-ci.yml"),
    (NEW_SITE / "dot-github/workflows/publish.yml", NEW_SITE / "dot-gitlab-ci.yml")])
def test_the_build_s_own_record_of_the_site_is_not_published(github, gitlab):
    """The manifest (a dot-file beside the pages) counts against a host's size limit and no
    reader needs it: upload-pages-artifact leaves dot-files out from v4 on; GitLab's job removes it."""
    from generator.publish import MANIFEST
    workflow = yaml.safe_load(github.read_text(encoding="utf-8"))
    uploads = [step for job in workflow["jobs"].values() for step in job.get("steps", [])
               if step.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert len(uploads) == 1 and int(uploads[0]["uses"].split("@v")[1].split(".")[0]) >= 4
    assert not uploads[0]["with"].get("include-hidden-files")
    script = yaml.safe_load(gitlab.read_text(encoding="utf-8"))["pages"]["script"]
    built = next(n for n, line in enumerate(script) if line.startswith("portal build --out public"))
    assert f"rm -f public/{MANIFEST}" in script[built + 1:]


def test_systemd_timer_runs_daily_in_china_time():
    timer = (ROOT / "deploy" / "portal-publish.timer").read_text(encoding="utf-8")
    assert "OnCalendar=*-*-* 00:10:00 Asia/Shanghai" in timer
    service = (ROOT / "deploy" / "portal-publish.service").read_text(encoding="utf-8")
    assert "ExecStart=/srv/portal/repo/deploy/publish.sh" in service
    assert subprocess.run(["bash", "-n", str(ROOT / "deploy" / "publish.sh")]).returncode == 0


def test_pre_commit_hook_runs_validate_on_data():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = config["repos"][0]["hooks"][0]
    assert hook["entry"] == "portal validate" and hook["files"] == "^data/"


def test_plain_git_hook_refuses_a_commit_with_bad_data(tmp_path):
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    repo = tmp_path / "office"
    (repo / "data" / "cases").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "fixtures" / "site-data" / "units.yaml", repo / "data" / "units.yaml")
    (repo / "data" / "cases" / "a.csv").write_text(CASE_HEADER + GOOD_CASE.replace("来访", "上访"), encoding="utf-8")
    env = {"GIT_AUTHOR_NAME": "clerk", "GIT_AUTHOR_EMAIL": "c@example.invalid", "GIT_COMMITTER_NAME": "clerk",
           "GIT_COMMITTER_EMAIL": "c@example.invalid", "PATH": f"{sys.prefix}/bin:/usr/bin:/bin"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    shutil.copy(ROOT / "deploy" / "git-pre-commit", repo / ".git" / "hooks" / "pre-commit")
    subprocess.run(["git", "add", "data"], cwd=repo, check=True)
    refused = subprocess.run(["git", "commit", "-qm", "导出"], cwd=repo, capture_output=True, text=True, env=env)
    assert refused.returncode != 0
    assert "「投诉渠道」：“上访” 不是可选值" in refused.stdout + refused.stderr
    (repo / "data" / "cases" / "a.csv").write_text(CASE_HEADER + GOOD_CASE, encoding="utf-8")
    subprocess.run(["git", "add", "data"], cwd=repo, check=True)
    accepted = subprocess.run(["git", "commit", "-qm", "导出"], cwd=repo, capture_output=True, text=True, env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_validate_prints_github_annotations(data):
    data.write("cases/a.csv", CASE_HEADER + GOOD_CASE.replace("2025-03-05", "昨天"))
    result = subprocess.run([sys.executable, "-m", "generator", "validate", "--data", str(data.root),
                             "--as-of", "2026-11-23", "--format", "github"], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "::error file=data/cases/a.csv,line=2::data/cases/a.csv 第2行 B列「受理日期」：“昨天” 不是有效日期，"
        "应写成 2025-03-05、2025/3/5、2025.3.5 或 2025年3月5日")


def test_a_build_says_when_the_site_s_workflow_still_publishes_the_build_s_record(tmp_path):
    """A site made before the workflows left the record out keeps its old workflow: the build says
    which file publishes the record and what to take instead, word for word; the workflows
    `portal new` writes now are not named."""
    from generator.publish import MANIFEST
    from generator.sitefolder import workflows_publishing_the_record

    site = tmp_path / "青山县"
    subprocess.run([sys.executable, "-m", "generator", "new", str(site)], check=True, capture_output=True)
    assert workflows_publishing_the_record(site) == []
    assert workflows_publishing_the_record(ROOT) == []
    github, gitlab = site / ".github" / "workflows" / "publish.yml", site / ".gitlab-ci.yml"
    github.write_text(github.read_text(encoding="utf-8").replace("upload-pages-artifact@v4", "upload-pages-artifact@v3"),
                      encoding="utf-8")
    gitlab.write_text(gitlab.read_text(encoding="utf-8").replace(f"    - rm -f public/{MANIFEST}\n", ""),
                      encoding="utf-8")
    assert workflows_publishing_the_record(site) == [github, gitlab]
    built = subprocess.run([sys.executable, "-m", "generator", "build", "--as-of", "2026-11-23"], cwd=site,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    for path in (".github/workflows/publish.yml", ".gitlab-ci.yml"):
        assert (f"注意：{path} 会把生成记录 .portal-manifest.marshal（10 万件时约 25 MB，读者用不到）和网页一起发布，"
                "占用托管空间。请换用 portal new 新生成的同名文件（GitHub：actions/upload-pages-artifact@v4；"
                "GitLab：生成后先执行 rm -f public/.portal-manifest.marshal） / "
                f"note: {path} publishes the build's own record, .portal-manifest.marshal (about 25 MB at 100,000 "
                "cases, needed by no reader), with the pages, where it counts against the host's size limit. Take "
                "the file of the same name that portal new writes now (GitHub: actions/upload-pages-artifact@v4; "
                "GitLab: rm -f public/.portal-manifest.marshal after the build)") in built.stderr.splitlines()
    github.write_text(github.read_text(encoding="utf-8").replace("upload-pages-artifact@v3",
                                                                 "upload-pages-artifact@v4"), encoding="utf-8")
    assert workflows_publishing_the_record(site) == [gitlab]
