# Two commands on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash

# A JDK >= 21: Temurin 25 where present, else the newest JDK under /usr/lib/jvm, else $JAVA_HOME.
JAVA_HOME ?=
JDK := $(shell for d in /usr/lib/jvm/temurin-25-jdk-amd64 $$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) $(JAVA_HOME); do \
  d=$${d%/}; v=$$($$d/bin/java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'); \
  if [ -n "$$v" ] && [ "$$v" -ge 21 ] 2>/dev/null; then echo $$d; break; fi; done)
export JAVA_HOME := $(JDK)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
MVN := ./mvnw -B -ntp
# the development build: with the mail catcher of src/dev (make run, make test); `make build` is
# the production jar without it
DEV := -Pdev
PORT ?= 8080
ADMIN_USERNAME ?= admin
ADMIN_PASSWORD ?= katsudo-admin-2026
PG_TEST_DB ?= katsudo_test

.PHONY: run command test test-h2 test-pg test-clock test-browser build format check-jdk browser-deps pg-up clean bench

check-jdk:
	@if [ -z "$(JDK)" ]; then echo "JDK 21 以上が見つかりません (/usr/lib/jvm)。Temurin 25 を入れてください。"; exit 1; fi
	@echo "JDK: $(JDK)"

## make build: the production jar (target/katsudo-*.jar), without the development mail catcher
build: check-jdk
	$(MVN) -q -DskipTests package

## make run: the site on H2 with demo data (mails go to $SMTP_HOST, else to the embedded catcher)
run: check-jdk
	$(MVN) -q $(DEV) -DskipTests package
	@mkdir -p var
	@echo "----------------------------------------------------------------"
	@echo " 県民活動スーパーネット  http://localhost:$(PORT)/"
	@echo " あいかさねっと          http://localhost:$(PORT)/aikasanet/"
	@echo " 管理画面                http://localhost:$(PORT)/admin/  (ID: $(ADMIN_USERNAME) / パスワード: $(ADMIN_PASSWORD))"
	@echo "----------------------------------------------------------------"
	PORT=$(PORT) ADMIN_USERNAME=$(ADMIN_USERNAME) ADMIN_PASSWORD='$(ADMIN_PASSWORD)' \
	  KATSUDO_DEV_MAIL=$$([ -n "$$SMTP_HOST" ] && echo false || echo true) \
	  $(JAVA_HOME)/bin/java -jar $$(ls target/katsudo-*.jar | grep -v plain | head -n1) --spring.profiles.active=dev

## make command CMD=<name>: an operations command (rotate-keys, audit-prune, ...) on the make-run database
command: check-jdk
	$(MVN) -q $(DEV) -DskipTests package
	$(JAVA_HOME)/bin/java -jar $$(ls target/katsudo-*.jar | grep -v plain | head -n1) --spring.profiles.active=dev \
	  --spring.main.web-application-type=none --katsudo.command=$(CMD)

## make test: formatting, unit + integration tests on H2 and PostgreSQL, Modulith, the date-sensitive
## tests around midnight, browser + axe
test: check-jdk browser-deps pg-up
	$(MVN) $(DEV) spotless:check
	@! $(MVN) -q dependency:list -DincludeScope=runtime -DoutputFile=/dev/stdout | grep -q greenmail \
	  || { echo "GreenMail が本番の jar に入ります（src/dev と -Pdev だけに置くこと）"; exit 1; }
	$(MVN) $(DEV) -Dtest.excludedGroups=browser verify
	$(MAKE) test-pg
	$(MAKE) test-clock
	$(MAKE) test-browser

test-h2: check-jdk
	$(MVN) $(DEV) -Dtest.excludedGroups=browser test

test-pg: check-jdk pg-up
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(PG_TEST_DB)" -c "CREATE DATABASE $(PG_TEST_DB)"
	TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$(PG_TEST_DB) TEST_DATABASE_USERNAME=postgres \
	  $(MVN) $(DEV) -Dtest.excludedGroups=browser -Dsurefire.reportNameSuffix=postgresql test

## make test-clock: the @DateSensitive tests (H2) with the test clock at 23:59 and 00:01 JST and at
## 23:59 UTC, each in a JVM of another time zone (the application must not care)
CLOCK_RUN = $(MVN) $(DEV) -Dtest.groups=date-sensitive -Dtest.excludedGroups=browser -Dsurefire.failIfNoSpecifiedTests=false test
test-clock: check-jdk
	TZ=UTC KATSUDO_TEST_NOW=23:59+09:00 $(CLOCK_RUN) -Dsurefire.reportNameSuffix=jst-2359
	TZ=America/Los_Angeles KATSUDO_TEST_NOW=00:01+09:00 $(CLOCK_RUN) -Dsurefire.reportNameSuffix=jst-0001
	TZ=Pacific/Kiritimati KATSUDO_TEST_NOW=23:59Z $(CLOCK_RUN) -Dsurefire.reportNameSuffix=utc-2359

test-browser: check-jdk browser-deps
	$(MVN) $(DEV) -Dtest.groups=browser -Dsurefire.failIfNoSpecifiedTests=false test

format: check-jdk
	$(MVN) -q $(DEV) spotless:apply

browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then \
	  echo "Debian の chromium と fonts-noto-cjk を入れます"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; fi

pg-up:
	@pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done

bench:
	bench/run.sh

clean:
	$(MVN) -q clean
